package jp.suishin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test class that runs on PostgreSQL only: skipped unless {@code SUISHIN_TEST_PG_URL}
 * is set (CI always sets it), then run on a fresh schema of its own
 * ({@link OwnPostgresSchema}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL, matches = ".+")
@OwnPostgresSchema
public @interface OnPostgres {

}
