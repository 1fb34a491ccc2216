package jp.suishin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Two instances of the packaged app ({@code target/suishin.jar}, run by failsafe after
 * {@code package}) on one PostgreSQL schema, as two nodes behind a proxy would be: both
 * started at the same moment on an empty schema (Flyway and the sample data run once), a
 * sign-in on one is a sign-in on the other, an edit on one is seen on the other, a role
 * revoked on one is refused on the other at once, the daily reminder job, firing every
 * two seconds on both, reminds an overdue collection once, and the sign-in throttle
 * counts the failures of both. Skipped unless {@code SUISHIN_TEST_PG_URL} is set (CI
 * always sets it).
 */
@EnabledIfEnvironmentVariable(named = "SUISHIN_TEST_PG_URL", matches = ".+")
class TwoNodesJarIT {

	static final String PASSWORD = "two nodes, one database";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Path LOGS = Path.of("target", "two-nodes");

	static String schema;

	static Node a;

	static Node b;

	@BeforeAll
	static void startTwoNodesAtOnce() throws Exception {
		schema = "suishin_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(null, "CREATE SCHEMA " + schema);
		Files.createDirectories(LOGS);
		a = Node.start("a");
		b = Node.start("b");
		a.awaitReady();
		b.awaitReady();
		awaitSampleData();
		execute(schema, """
				INSERT INTO account (login, display_name, password_hash, administrator, created_at, created_by)
				VALUES ('nodes-admin', '管理者', '%s', TRUE, CURRENT_TIMESTAMP, 'test')"""
			.formatted(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD)));
	}

	@AfterAll
	static void stop() throws Exception {
		for (Node node : new Node[] { a, b }) {
			if (node != null) {
				node.process.destroy();
				if (!node.process.waitFor(30, TimeUnit.SECONDS)) {
					node.process.destroyForcibly();
				}
			}
		}
		if (schema != null) {
			execute(null, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	/**
	 * The sample data loads after the node serves (an application runner): its claim of
	 * the load commits with the data.
	 */
	static void awaitSampleData() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (number("SELECT COUNT(*) FROM job_run WHERE job = 'sample-data'") == 0 && System.nanoTime() < deadline) {
			Thread.sleep(250);
		}
	}

	@Test
	void twoNodesOnOneDatabase() throws Exception {
		assertThat(number("SELECT COUNT(*) FROM job_run WHERE job = 'sample-data'"))
			.as("the sample data was loaded by one node")
			.isEqualTo(1);
		assertThat(number("SELECT COUNT(*) FROM plan")).isPositive();

		// A sign-in on one node is a sign-in on the other: the session is in the
		// database.
		Browser admin = new Browser();
		assertThat(admin.signIn(a, "nodes-admin").headers().firstValue("location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/me"));
		assertThat(admin.get(b, "/admin/accounts").statusCode()).isEqualTo(200);

		// An edit on one node is seen on the other: an account opened on B, given a
		// role on A; the CSRF token of B's page is good on A (it lives in the session).
		long bureau = number("SELECT id FROM organization WHERE org_key = 'sorachi-bureau'");
		String token = admin.csrf(b, "/admin/accounts");
		assertThat(admin
			.post(b, "/admin/accounts",
					Map.of("_csrf", token, "login", "nodes-planner", "displayName", "空知の企画担当", "password", PASSWORD))
			.statusCode()).isEqualTo(302);
		long planner = number("SELECT id FROM account WHERE login = 'nodes-planner'");
		assertThat(admin
			.post(a, "/admin/accounts/" + planner + "/grants",
					Map.of("_csrf", token, "organisationId", Long.toString(bureau), "role", "PLANNER"))
			.statusCode()).isEqualTo(302);

		Browser browser = new Browser();
		browser.signIn(b, "nodes-planner");
		long plan = number("SELECT id FROM plan WHERE plan_key = 'sorachi-doo-policy-2025'");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		String plannerToken = browser.csrf(a, "/account");
		HttpResponse<String> opened = browser.post(a, "/plans/" + plan + "/collections",
				Map.of("_csrf", plannerToken, "year", "R8", "deadline", today.plusDays(30).toString()));
		assertThat(opened.statusCode()).isEqualTo(302);
		String collection = opened.headers().firstValue("location").orElseThrow().replaceAll(".*/collections/", "");
		long collectionId = Long.parseLong(collection);
		HttpResponse<String> seen = browser.get(b, "/collections/" + collectionId);
		assertThat(seen.statusCode()).as("the collection opened on A, on B").isEqualTo(200);

		// A department in charge of a KPI (on B), for the reminders below.
		assertThat(browser
			.post(b, "/collections/" + collectionId + "/departments", Map.of("_csrf", plannerToken, "name", "農務課"))
			.statusCode()).isEqualTo(302);
		long department = number("SELECT id FROM department WHERE organization_id = " + bureau + " AND name = '農務課'");
		long kpi = number("SELECT MIN(id) FROM kpi WHERE plan_id = " + plan);
		assertThat(browser
			.post(a, "/collections/" + collectionId + "/kpis/" + kpi + "/department",
					Map.of("_csrf", plannerToken, "departmentId", Long.toString(department)))
			.statusCode()).isEqualTo(302);
		assertThat(number("SELECT department_id FROM kpi WHERE id = " + kpi)).isEqualTo(department);

		// A public page kept on B is rendered afresh once the plan changed on A: B
		// compares the plan's stamp in the database before it serves what it kept.
		String list = "/plans/" + plan + "/kpi-list";
		Browser visitor = new Browser();
		String page = visitor.get(b, list).body();
		HttpResponse<String> kept = visitor.get(b, list);
		assertThat(kept.headers().firstValue("X-Page-Cache")).contains("hit");
		assertThat(kept.body()).isEqualTo(page).doesNotContain("二つのノードで読む分析");
		Matcher year = Pattern.compile("<option value=\"(\\d{4})\" selected").matcher(page);
		assertThat(year.find()).isTrue();
		assertThat(browser
			.post(a, "/plans/" + plan + "/analysis",
					Map.of("_csrf", plannerToken, "year", year.group(1), "text", "二つのノードで読む分析"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> fresh = visitor.get(b, list);
		assertThat(fresh.headers().firstValue("X-Page-Cache")).contains("miss");
		assertThat(fresh.body()).contains("二つのノードで読む分析");

		// A role revoked on A is refused on B at once.
		assertThat(admin
			.post(a, "/admin/accounts/" + planner + "/grants/revoke",
					Map.of("_csrf", token, "organisationId", Long.toString(bureau), "role", "PLANNER"))
			.statusCode()).isEqualTo(302);
		assertThat(browser.get(b, "/collections/" + collectionId).statusCode()).isEqualTo(404);
		assertThat(browser.get(a, "/collections/" + collectionId).statusCode()).isEqualTo(404);

		// The daily reminders fire every two seconds on both nodes; once the deadline
		// has passed, the collection is reminded once.
		execute(schema,
				"UPDATE collection SET deadline = DATE '" + today.minusDays(7) + "' WHERE id = " + collectionId);
		await("a reminder", () -> number("SELECT COUNT(*) FROM reminder WHERE collection_id = " + collectionId) > 0);
		int firedOnA = a.firings();
		int firedOnB = b.firings();
		await("two more firings on each node", () -> a.firings() >= firedOnA + 2 && b.firings() >= firedOnB + 2);
		assertThat(number("SELECT COUNT(*) FROM reminder WHERE collection_id = " + collectionId
				+ " AND sent_by = 'system:reminders' AND department_id = " + department))
			.isEqualTo(1);
		assertThat(number("SELECT COUNT(*) FROM reminder WHERE collection_id = " + collectionId)).isEqualTo(1);
		assertThat(number("SELECT COUNT(*) FROM audit_entry WHERE action = 'REMINDER_SENT' AND subject_id = " + plan
				+ " AND actor = 'system:reminders'"))
			.isEqualTo(1);
		assertThat(number("SELECT COUNT(*) FROM job_run WHERE job = 'overdue-reminders' AND slot = '" + today + "/"
				+ collectionId + "'"))
			.isEqualTo(1);
	}

	@Test
	void theSignInThrottleCountsOnBothNodes() throws Exception {
		// Failed sign-ins alternate between the nodes; each waits out the wait the
		// previous failures set (Retry-After), until the login's fifth failure.
		Browser guesser = new Browser();
		Node[] nodes = { a, b };
		int failures = 0;
		int attempt = 0;
		while (failures < 5 && attempt < 20) {
			HttpResponse<String> answer = guesser.signIn(nodes[attempt % 2], "nodes-guessed", "guess " + attempt);
			attempt++;
			if (answer.statusCode() == 429) {
				Thread.sleep(TimeUnit.SECONDS.toMillis(retryAfter(answer) + 1));
			}
			else {
				assertThat(answer.headers().firstValue("location"))
					.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
				failures++;
			}
		}
		assertThat(failures).isEqualTo(5);
		for (Node node : nodes) {
			HttpResponse<String> refused = guesser.signIn(node, "nodes-guessed", "one more guess");
			assertThat(refused.statusCode()).as("node " + node.name()).isEqualTo(429);
			assertThat(retryAfter(refused)).as("a quarter of an hour, on either node").isGreaterThan(60);
		}
	}

	static long retryAfter(HttpResponse<String> answer) {
		return Long.parseLong(answer.headers().firstValue("retry-after").orElseThrow());
	}

	/** Waits, a bounded time, until something holds. */
	static void await(String what, BooleanSupplier condition) throws Exception {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("gave up waiting for " + what + "; logs in " + LOGS);
			}
			Thread.sleep(250);
		}
	}

	/** One app node: the packaged jar on a port of its own, its output in a file. */
	record Node(String name, int port, Process process, Path log) {

		static Node start(String name) throws IOException {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			String url = System.getenv("SUISHIN_TEST_PG_URL");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = List.of(java, "-jar", "target/suishin.jar", "--server.port=" + port,
					"--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
					"--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
					"--suishin.reminders.cron=*/2 * * * * *");
			Path log = LOGS.resolve("node-" + name + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new Node(name, port, process, log);
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		void awaitReady() throws Exception {
			HttpClient client = HttpClient.newHttpClient();
			await("node " + name + " to answer", () -> {
				if (!process.isAlive()) {
					throw new AssertionError("node " + name + " stopped; see " + log);
				}
				try {
					return client
						.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200;
				}
				catch (IOException ex) {
					return false;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			});
		}

		/** How often the daily job has fired on this node so far (its log says so). */
		int firings() {
			try {
				return (int) Files.readAllLines(log, StandardCharsets.UTF_8)
					.stream()
					.filter(line -> line.contains("collection(s) reminded on this node"))
					.count();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** A browser: one cookie jar, whichever node the proxy sends a request to. */
	static final class Browser {

		private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
			return send(request(node, path).GET());
		}

		HttpResponse<String> post(Node node, String path, Map<String, String> fields)
				throws IOException, InterruptedException {
			String form = fields.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		String csrf(Node node, String path) throws IOException, InterruptedException {
			HttpResponse<String> page = get(node, path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			Matcher csrf = CSRF.matcher(page.body());
			assertThat(csrf.find()).as("a CSRF token on " + path).isTrue();
			return csrf.group(1);
		}

		HttpResponse<String> signIn(Node node, String login) throws IOException, InterruptedException {
			return signIn(node, login, PASSWORD);
		}

		HttpResponse<String> signIn(Node node, String login, String password) throws IOException, InterruptedException {
			return post(node, "/login", Map.of("username", login, "password", password, "_csrf", csrf(node, "/login")));
		}

		private HttpRequest.Builder request(Node node, String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path));
			if (!cookies.isEmpty()) {
				request.header("Cookie",
						cookies.entrySet()
							.stream()
							.map(e -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining("; ")));
			}
			return request;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("set-cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				String value = pair.substring(equals + 1).strip();
				if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
					cookies.remove(pair.substring(0, equals).strip());
				}
				else {
					cookies.put(pair.substring(0, equals).strip(), value);
				}
			}
			return response;
		}

	}

	static long number(String sql) {
		try (Connection connection = connect(schema);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	static void execute(String inSchema, String sql) throws SQLException {
		try (Connection connection = connect(inSchema);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.execute();
		}
	}

	static Connection connect(String inSchema) throws SQLException {
		String url = System.getenv("SUISHIN_TEST_PG_URL");
		if (inSchema != null) {
			url += (url.contains("?") ? "&" : "?") + "currentSchema=" + inSchema;
		}
		return DriverManager.getConnection(url, user(), password());
	}

	static String user() {
		String user = System.getenv("SUISHIN_TEST_PG_USER");
		return user == null || user.isBlank() ? "postgres" : user;
	}

	static String password() {
		String password = System.getenv("SUISHIN_TEST_PG_PASSWORD");
		return password == null ? "" : password;
	}

}
