package jp.suishin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The test class's application context runs on a PostgreSQL schema of its own when
 * {@code SUISHIN_TEST_PG_URL} is set, else on the embedded database. The schema is
 * created fresh when the context is built and dropped when it closes (after the class
 * when it is {@code @DirtiesContext}, else when the test run ends). For a class that only
 * makes sense on PostgreSQL, use {@link OnPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(TestDatabases.SchemaPerTestClass.class)
public @interface OwnPostgresSchema {

}
