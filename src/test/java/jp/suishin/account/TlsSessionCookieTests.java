package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.suishin.TestAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind TLS ({@code suishin.tls=true}, a proxy sending {@code X-Forwarded-Proto: https})
 * the session cookie is {@code __Host-SESSION}: Secure, HttpOnly, {@code Path=/}, no
 * Domain; signing in works with it. (On plain http the cookie keeps its plain name:
 * {@code SessionIdTests}.)
 */
@BehindTlsProxy
class TlsSessionCookieTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void theSessionCookieIsSecureAndHostOnly() throws Exception {
		HttpVisitor browser = new HttpVisitor(port).overHttps().from("198.51.100.20");
		HttpResponse<String> login = browser.get("/login");
		assertThat(login.headers().allValues("set-cookie")).singleElement().satisfies(cookie -> {
			assertThat(cookie).startsWith("__Host-SESSION=").contains("; Secure").contains("; HttpOnly");
			assertThat(cookie).containsIgnoringCase("Path=/;").doesNotContainIgnoringCase("domain=");
		});
		assertThat(browser.cookies()).containsOnlyKeys("__Host-SESSION");
	}

	@Test
	void signingInWorksWithTheHostOnlyCookie() throws Exception {
		testAccounts.account("tls-planner", "iwamizawa", Role.PLANNER);
		HttpVisitor browser = new HttpVisitor(port).overHttps().from("198.51.100.21");
		HttpResponse<String> signedIn = browser.signIn("tls-planner", TestAccounts.PASSWORD);
		assertThat(signedIn.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/me"));
		assertThat(browser.cookies()).containsOnlyKeys("__Host-SESSION");
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
	}

}
