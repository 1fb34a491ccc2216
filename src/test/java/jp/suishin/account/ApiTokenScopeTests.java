package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import jp.suishin.TestAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a real server: a personal API token opens the API and nothing else. Outside
 * {@code /api/**} the bearer header is ignored, so the request is the public's (sent to
 * sign in, or refused for want of a CSRF token); and every token of an account ends when
 * its password changes, is reset, or the account is disabled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenScopeTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	OpeningAccount opening;

	@Autowired
	AccountRepository accounts;

	HttpVisitor bearing(String token) {
		return new HttpVisitor(port).withToken(token);
	}

	/** An API path that needs a signed-in account: 401 for the public, else not 401. */
	static final String API = "/api/v1/collections/0";

	@Test
	void aTokenOpensTheApi() throws Exception {
		Viewer planner = testAccounts.account("scope-api-planner", "iwamizawa", Role.PLANNER);
		String token = tokens.issue(planner.accountId(), "scope", "test");
		assertThat(new HttpVisitor(port).get(API).statusCode()).isEqualTo(401);
		assertThat(bearing(token).get(API).statusCode()).isNotEqualTo(401);
		assertThat(bearing("sui_guessed").get(API).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenCannotMintTokens_norRevokeThem() throws Exception {
		Viewer planner = testAccounts.account("scope-mint-planner", "iwamizawa", Role.PLANNER);
		String token = tokens.issue(planner.accountId(), "stolen", "test");
		long id = tokens.of(planner.accountId()).get(0).id();

		HttpResponse<String> mint = bearing(token).post("/account/tokens", Map.of("name", "renewed"));
		assertThat(mint.statusCode()).as("no CSRF exemption outside the API").isEqualTo(403);
		HttpResponse<String> revoke = bearing(token).post("/account/tokens/" + id + "/revoke", Map.of());
		assertThat(revoke.statusCode()).isEqualTo(403);
		assertThat(tokens.of(planner.accountId())).singleElement().satisfies(t -> assertThat(t.revoked()).isFalse());
	}

	@Test
	void aTokenOpensNoPage_theRequestIsThePublics() throws Exception {
		Viewer admin = testAccounts.administrator("scope-admin");
		String token = tokens.issue(admin.accountId(), "admin's", "test");
		for (String page : new String[] { "/admin/accounts", "/account", "/me" }) {
			HttpResponse<String> answer = bearing(token).get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(302);
			assertThat(answer.headers().firstValue("location")).as(page)
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
		assertThat(bearing(token).get("/").body()).as("the page header shows nobody signed in")
			.contains("id=\"nav-sign-in\"")
			.doesNotContain("id=\"nav-account\"");
	}

	@Test
	void aTokenPostsNoPageForm() throws Exception {
		Viewer admin = testAccounts.administrator("scope-form-admin");
		String token = tokens.issue(admin.accountId(), "admin's", "test");
		HttpResponse<String> open = bearing(token).post("/admin/accounts",
				Map.of("login", "made-by-token", "displayName", "トークン", "password", "a long enough secret"));
		assertThat(open.statusCode()).isEqualTo(403);
		assertThat(accounts.findByLogin("made-by-token")).isEmpty();
		HttpResponse<String> password = bearing(token).post("/account/password",
				Map.of("currentPassword", TestAccounts.PASSWORD, "password", "taken over by token"));
		assertThat(password.statusCode()).isEqualTo(403);
		assertThat(new HttpVisitor(port).signIn("scope-form-admin", TestAccounts.PASSWORD)
			.headers()
			.firstValue("location")).hasValueSatisfying(l -> assertThat(l).endsWith("/me"));
	}

	@Test
	void aPasswordChangeEndsEveryTokenOfTheAccount() throws Exception {
		Viewer planner = testAccounts.account("scope-change-planner", "iwamizawa", Role.PLANNER);
		String first = tokens.issue(planner.accountId(), "one", "test");
		String second = tokens.issue(planner.accountId(), "two", "test");
		assertThat(bearing(first).get(API).statusCode()).isNotEqualTo(401);

		assertThat(opening.changePassword(planner.accountId(), TestAccounts.PASSWORD, "a fresh passphrase here",
				planner.actor()))
			.isEmpty();
		assertThat(bearing(first).get(API).statusCode()).isEqualTo(401);
		assertThat(bearing(second).get(API).statusCode()).isEqualTo(401);
		assertThat(tokens.of(planner.accountId())).allSatisfy(t -> assertThat(t.revoked()).isTrue());
	}

	@Test
	void anAdministratorsResetEndsEveryTokenOfTheAccount() throws Exception {
		Viewer planner = testAccounts.account("scope-reset-planner", "iwamizawa", Role.PLANNER);
		String token = tokens.issue(planner.accountId(), "one", "test");
		assertThat(opening.resetPassword(planner.accountId(), "set by the administrator", "admin")).isEmpty();
		assertThat(bearing(token).get(API).statusCode()).isEqualTo(401);
	}

	@Test
	void disablingAnAccountEndsItsTokens_enablingItAgainBringsNoneBack() throws Exception {
		Viewer planner = testAccounts.account("scope-disabled-planner", "iwamizawa", Role.PLANNER);
		String token = tokens.issue(planner.accountId(), "one", "test");
		opening.setEnabled(planner.accountId(), false, "admin");
		assertThat(bearing(token).get(API).statusCode()).isEqualTo(401);
		opening.setEnabled(planner.accountId(), true, "admin");
		assertThat(bearing(token).get(API).statusCode()).isEqualTo(401);
		String fresh = tokens.issue(planner.accountId(), "new", "test");
		assertThat(bearing(fresh).get(API).statusCode()).isNotEqualTo(401);
	}

}
