package jp.suishin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The databases persistence tests run on: always the embedded one (H2, PostgreSQL mode,
 * from {@code src/test/resources/application.properties}), and PostgreSQL when
 * {@code SUISHIN_TEST_PG_URL} is set. A test class marked {@link OnPostgres} (or
 * {@link OwnPostgresSchema}) gets a schema of its own, dropped when its application
 * context closes.
 */
public final class TestDatabases {

	public static final String PG_URL = "SUISHIN_TEST_PG_URL";

	private TestDatabases() {
	}

	public static boolean postgresConfigured() {
		String url = System.getenv(PG_URL);
		return url != null && !url.isBlank();
	}

	/** Creates a fresh, empty schema and returns its name. */
	static String createSchema() {
		String schema = "suishin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE SCHEMA " + schema);
		return schema;
	}

	static void dropSchema(String schema) {
		execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
	}

	/** The application's datasource settings for the schema. */
	static Map<String, Object> datasourceOn(String schema) {
		String url = System.getenv(PG_URL);
		String separator = url.contains("?") ? "&" : "?";
		return Map.of("spring.datasource.url", url + separator + "currentSchema=" + schema,
				"spring.datasource.username", user(), "spring.datasource.password", password());
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(System.getenv(PG_URL), user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + PG_URL + " is not usable: " + ex.getMessage(), ex);
		}
	}

	private static String user() {
		String user = System.getenv("SUISHIN_TEST_PG_USER");
		return user == null || user.isBlank() ? "postgres" : user;
	}

	private static String password() {
		String password = System.getenv("SUISHIN_TEST_PG_PASSWORD");
		return password == null ? "" : password;
	}

	/**
	 * Registered by {@link OwnPostgresSchema}: when PostgreSQL is configured, the test
	 * class's context gets a {@link SchemaOfItsOwn}.
	 */
	static final class SchemaPerTestClass implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			if (!postgresConfigured()) {
				return null;
			}
			// A @Nested class that inherits its enclosing class's configuration
			// shares its context, as it would with a @DynamicPropertySource.
			Class<?> owner = testClass;
			while (TestContextAnnotationUtils.searchEnclosingClass(owner)) {
				owner = owner.getEnclosingClass();
			}
			return new SchemaOfItsOwn(owner);
		}

	}

	/**
	 * A fresh schema for the context, created when the context is built and dropped when
	 * it closes. The test class is part of the key on purpose: Spring caches contexts by
	 * their configuration, and two classes with the same configuration would otherwise
	 * share one context and one schema, while the race, matrix and throttle tests count
	 * on data of their own.
	 */
	record SchemaOfItsOwn(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String schema = createSchema();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("suishinTestSchema", datasourceOn(schema)));
			// Registered before any bean exists, so destroyed after all of them: the
			// schema is dropped once the connection pool is closed.
			((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("suishinTestSchema",
					() -> dropSchema(schema));
		}

	}

}
