package jp.suishin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The databases persistence tests run on: always the embedded one (H2, PostgreSQL mode,
 * from {@code src/test/resources/application.properties}), and PostgreSQL when
 * {@code SUISHIN_TEST_PG_URL} is set. Each PostgreSQL test class gets a schema of its
 * own, dropped when the class is done.
 */
public final class TestDatabases {

	public static final String PG_URL = "SUISHIN_TEST_PG_URL";

	private TestDatabases() {
	}

	public static boolean postgresConfigured() {
		String url = System.getenv(PG_URL);
		return url != null && !url.isBlank();
	}

	/**
	 * Creates a fresh schema and points the application's datasource at it; returns the
	 * schema's name.
	 */
	public static String usePostgresSchema(DynamicPropertyRegistry registry) {
		String schema = "suishin_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("CREATE SCHEMA " + schema);
		String url = System.getenv(PG_URL);
		String separator = url.contains("?") ? "&" : "?";
		registry.add("spring.datasource.url", () -> url + separator + "currentSchema=" + schema);
		registry.add("spring.datasource.username", TestDatabases::user);
		registry.add("spring.datasource.password", TestDatabases::password);
		return schema;
	}

	public static void dropSchema(String schema) {
		if (schema != null) {
			execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
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

}
