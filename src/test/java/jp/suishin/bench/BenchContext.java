package jp.suishin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.suishin.SuishinApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the workloads of one run share: the size, the PostgreSQL server, the generated
 * national dataset (made once) and a schema where it was loaded through Suishin's own
 * import path (loaded once, on first use). Schemas and applications the run starts are
 * dropped and closed at its end.
 */
public final class BenchContext implements AutoCloseable {

	private final Size size;

	private final String url;

	private final String user;

	private final String password;

	private final List<String> schemas = new ArrayList<>();

	private final List<ConfigurableApplicationContext> applications = new ArrayList<>();

	private NationalDataset national;

	private String nationalSchema;

	public BenchContext(Size size, String url, String user, String password) {
		this.size = size;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/**
	 * From {@code SUISHIN_BENCH_PG_URL} (or {@code SUISHIN_TEST_PG_URL}), user and
	 * password.
	 */
	public static BenchContext fromEnvironment(Size size) {
		String url = env("SUISHIN_BENCH_PG_URL", env("SUISHIN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
		String user = env("SUISHIN_BENCH_PG_USER", env("SUISHIN_TEST_PG_USER", "postgres"));
		String password = env("SUISHIN_BENCH_PG_PASSWORD", env("SUISHIN_TEST_PG_PASSWORD", ""));
		return new BenchContext(size, url, user, password);
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	public Size size() {
		return size;
	}

	public boolean smoke() {
		return size == Size.SMOKE;
	}

	/** The national dataset of this size, generated on first use. */
	public synchronized NationalDataset national() {
		if (national == null) {
			national = NationalDataset.generate(size);
		}
		return national;
	}

	/**
	 * A schema holding the national dataset, stored through Suishin's import path; loaded
	 * on first use and shared by the workloads that read it.
	 */
	public synchronized String nationalSchema() {
		if (nationalSchema == null) {
			String schema = freshSchema();
			try (ConfigurableApplicationContext app = application(schema, false)) {
				new DatasetLoader(app).load(national());
			}
			nationalSchema = schema;
		}
		return nationalSchema;
	}

	/** A new empty schema, dropped at the end of the run. */
	public String freshSchema() {
		String schema = "suishin_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		execute("CREATE SCHEMA " + schema);
		schemas.add(schema);
		return schema;
	}

	/** A JDBC connection to the schema (the caller closes it). */
	public Connection connect(String schema) throws SQLException {
		Connection connection = DriverManager.getConnection(url, user, password);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET search_path TO " + schema);
		}
		return connection;
	}

	public String jdbcUrl(String schema) {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	public String user() {
		return user;
	}

	public String password() {
		return password;
	}

	/**
	 * Starts the application on the schema (migrated by Flyway, without sample data).
	 * @param web whether it serves HTTP (on a free port: {@code local.server.port})
	 */
	public ConfigurableApplicationContext application(String schema, boolean web, String... properties) {
		return application(schema, web, List.of(), properties);
	}

	/**
	 * Starts the application on the schema with what a bench registers in it only for
	 * itself (a baseline controller, a statement counter), never by component scan.
	 * @param initializers applied to the context before it is refreshed
	 */
	public ConfigurableApplicationContext application(String schema, boolean web,
			List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers, String... properties) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", jdbcUrl(schema));
		settings.put("spring.datasource.username", user);
		settings.put("spring.datasource.password", password);
		settings.put("suishin.sample-data.enabled", "false");
		settings.put("server.port", "0");
		settings.put("logging.level.root", "WARN");
		settings.put("spring.main.banner-mode", "off");
		for (String property : properties) {
			int equals = property.indexOf('=');
			settings.put(property.substring(0, equals), property.substring(equals + 1));
		}
		SpringApplicationBuilder builder = new SpringApplicationBuilder(SuishinApplication.class);
		if (!web) {
			builder.web(WebApplicationType.NONE);
		}
		initializers.forEach(initializer -> builder.initializers(initializer));
		// as command-line arguments: they win over any application.properties on the
		// class
		// path (the tests' own among them)
		ConfigurableApplicationContext app = builder
			.run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		applications.add(app);
		return app;
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + url + " is not usable: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Closes the applications started so far, and with them their connection pools: each
	 * workload's apps end with it, so that the run never holds more connections than one
	 * workload needs (PostgreSQL allows 100 by default, and the test suite holds some).
	 */
	public void closeApplications() {
		for (ConfigurableApplicationContext app : applications) {
			if (app.isActive()) {
				app.close();
			}
		}
		applications.clear();
	}

	@Override
	public void close() {
		closeApplications();
		for (String schema : schemas) {
			execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

}
