package jp.suishin.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.exchange.HostileFiles;
import jp.suishin.exchange.Workbooks;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile files through the plan import, on both its channels: each is refused with one
 * problem saying why, nothing is stored (no plan, no audit entry), the secret an external
 * entity names never appears, and the JVM goes on importing a good file. A file beyond
 * the servlet's limit is refused with the limit (413), not a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "suishin.reminders.cron=-")
@Import(TestAccounts.class)
class HostileImportTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	ImportingPlan importing;

	@Autowired
	PlanRepository plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@LocalServerPort
	int port;

	@TempDir
	Path directory;

	Viewer planner;

	@BeforeEach
	void aPlannerOfIwamizawa() {
		planner = accounts.account("hostile-planner", "iwamizawa", Role.PLANNER);
	}

	@Test
	void everyHostileFile_isRefusedByTheImport_storingNothing() throws IOException {
		String secret = "secret-" + UUID.randomUUID();
		Path secretFile = Files.writeString(directory.resolve("secret.txt"), secret);
		int plansBefore = plans.findAll().size();
		long auditBefore = auditEntries();
		for (Map.Entry<String, byte[]> file : HostileFiles.all(secretFile).entrySet()) {
			for (boolean dryRun : List.of(true, false)) {
				ImportingPlan.Request request = new ImportingPlan.Request("iwamizawa", "敵対的な計画", "2020-2024",
						file.getKey(), file.getValue(), Map.of());
				ImportReport report = dryRun ? importing.dryRun(planner, request) : importing.commit(planner, request);
				assertThat(report.hasProblems()).as(file.getKey()).isTrue();
				assertThat(report.problems()).as(file.getKey())
					.singleElement()
					.satisfies(p -> assertThat(p.problem().messageKey()).startsWith("exchange."));
				assertThat(report.planId()).isNull();
				assertThat(report.toString()).doesNotContain(secret);
			}
		}
		assertThat(plans.findAll()).hasSize(plansBefore);
		assertThat(auditEntries()).isEqualTo(auditBefore);

		ImportReport good = importing.commit(planner, new ImportingPlan.Request("iwamizawa", "まっとうな計画", "2020-2024",
				"kpi.xlsx", TestWorkbooks.xlsx("KPI一覧", ImportingPlanContract.sheet("25", "4")), Map.of()));
		assertThat(good.problems()).isEmpty();
		assertThat(plans.findAll()).hasSize(plansBefore + 1);
	}

	@Test
	void aFileBeyondTheServletsLimit_isRefusedWithTheLimit_notAServerError() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String cookie = signIn(client);
		HttpResponse<String> page = client.send(get("/plans/import", cookie), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		String csrf = csrf(page.body());
		int plansBefore = plans.findAll().size();

		String boundary = "----suishin" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "_csrf", null, csrf.getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "owner", null, "iwamizawa".getBytes(StandardCharsets.UTF_8));
		part(body, boundary, "file", "huge.csv", HostileFiles.sixtyMegabyteCsv());
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> upload = client.send(HttpRequest.newBuilder(uri("/plans/import"))
			.header("Cookie", cookie)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(upload.body()).contains("ファイルが大きすぎます（" + Workbooks.MAX_FILE_BYTES / 1024 / 1024 + "MBまで）");
		assertThat(plans.findAll()).hasSize(plansBefore);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM import_upload").query(Long.class).single()).isZero();
	}

	private long auditEntries() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
	}

	private String signIn(HttpClient client) throws Exception {
		HttpResponse<String> login = client.send(get("/login", null), HttpResponse.BodyHandlers.ofString());
		String cookie = cookie(login, null);
		String form = "username=hostile-planner&password="
				+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return cookie(signedIn, cookie);
	}

	private HttpRequest get(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String cookie(HttpResponse<String> response, String otherwise) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElse(otherwise);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1).replace("&#45;", "-");
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content)
			throws IOException {
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

}
