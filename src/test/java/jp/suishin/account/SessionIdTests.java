package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.TestAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a real server with a real HTTP client: the session cookie a visitor had before
 * signing in is worthless afterwards (session fixation), and the cookie is HttpOnly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionIdTests {

	@Autowired
	TestAccounts testAccounts;

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		testAccounts.account("fixation-planner", "iwamizawa", Role.PLANNER);
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		URI base = URI.create("http://localhost:" + port);

		HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().allValues("set-cookie")).singleElement()
			.as("on plain http the cookie keeps its plain name and is not Secure (see TlsSessionCookieTests)")
			.satisfies(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly").doesNotContain("Secure"));
		String before = session(cookies);
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();

		String form = "username=fixation-planner&password="
				+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(base.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/me"));
		String after = session(cookies);
		assertThat(after).isNotEqualTo(before);

		HttpClient attacker = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> withOldCookie = attacker.send(
				HttpRequest.newBuilder(base.resolve("/me")).header("Cookie", "JSESSIONID=" + before).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withOldCookie.statusCode()).isEqualTo(302);
		HttpResponse<String> withNewCookie = attacker.send(
				HttpRequest.newBuilder(base.resolve("/me")).header("Cookie", "JSESSIONID=" + after).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withNewCookie.statusCode()).isEqualTo(200);
	}

	private static String session(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Sessions are kept in the database, so that every app node knows them: a signed-in
	 * session is a row with the 30-minute timeout, and once the row is gone (ended on
	 * another node, or expired and cleaned up) its cookie signs nobody in.
	 */
	@Test
	void theSessionIsKeptInTheDatabase() throws Exception {
		testAccounts.account("stored-session", "iwamizawa", Role.PLANNER);
		HttpVisitor browser = new HttpVisitor(port);
		browser.signIn("stored-session", TestAccounts.PASSWORD);
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'stored-session'")
			.query(Integer.class)
			.list()).containsExactly(30 * 60);

		jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'stored-session'").update();
		assertThat(browser.get("/me").statusCode()).isEqualTo(302);
	}

	@Test
	void readingTheApiOrAStaticFileCreatesNoSession() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		URI base = URI.create("http://localhost:" + port);
		for (String path : new String[] { "/api/v1/plans", "/css/suishin.css", "/api/openapi.yaml" }) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("set-cookie")).as(path).isEmpty();
		}
	}

}
