package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import jp.suishin.TestAccounts;
import jp.suishin.account.web.CreateAdministratorCommand;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Signing in and out on a context of its own (so no other test has opened accounts yet;
 * the first test runs first): no account exists until the command line creates the first
 * administrator, passwords are stored as bcrypt digests, the session id changes at
 * sign-in, and sign-out ends the session (the throttle on repeated failures:
 * {@code SignInThrottleTests}).
 */
@SpringBootTest(properties = "suishin.test.context=sign-in")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInAndSessionTests {

	static final String SESSION_COOKIE = "JSESSIONID";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	CreateAdministratorCommand createAdmin;

	TestAccounts accounts() {
		return testAccounts;
	}

	int createAdmin(List<String> args, String typed, ByteArrayOutputStream err) {
		return createAdmin.run(args, null, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	@Order(1)
	void thereIsNoDefaultAccount_theFirstAdministratorComesFromTheCommandLine() {
		assertThat(accountRepository.anyAdministrator()).isFalse();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertThat(createAdmin(List.of("first-admin", "管理者"), "short\n", err)).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("パスワード", "12");
		assertThat(accountRepository.anyAdministrator()).isFalse();

		assertThat(createAdmin(List.of("first-admin", "管理者", "admin@example.jp"), "a long enough secret\n",
				new ByteArrayOutputStream()))
			.isEqualTo(0);
		Account admin = accountRepository.findByLogin("first-admin").orElseThrow();
		assertThat(admin.administrator()).isTrue();
		assertThat(admin.grants()).isEmpty();
		assertThat(accountRepository.passwordDigest("first-admin")).hasValueSatisfying(
				digest -> assertThat(digest).startsWith("{bcrypt}$2").doesNotContain("a long enough secret"));
		assertThat(mvc.perform(formLogin("/login").user("first-admin").password("a long enough secret")))
			.hasRedirectedUrl("/me");
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		accounts().account("session-planner", "iwamizawa", Role.PLANNER);
		Cookie session = signIn("session-planner", TestAccounts.PASSWORD);
		assertThat(mvc.get().uri("/me").cookie(session).exchange()).hasStatusOk();

		MvcTestResult signedOut = mvc.post().uri("/logout").cookie(session).with(csrf()).exchange();
		assertThat(signedOut).hasRedirectedUrl("/login?signedOut");
		assertThat(signedOut.getMvcResult().getResponse().getCookie(SESSION_COOKIE))
			.as("the browser is told to forget the session")
			.satisfies(c -> assertThat(c.getMaxAge()).isZero());
		assertThat(mvc.get().uri("/me").cookie(session).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void anUnknownLoginGetsTheSameAnswerAsAWrongPassword() {
		assertThat(mvc.perform(formLogin("/login").user("nobody-here").password("whatever it is")))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void administratorsOpenAccountsWithPasswordRules_othersCannotReachAdministration() {
		TestAccounts accounts = accounts();
		var admin = accounts.administrator("sign-in-admin");
		var planner = accounts.account("sign-in-planner", "iwamizawa", Role.PLANNER);
		assertThat(mvc.get().uri("/admin/accounts").with(accounts.as(planner)).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/admin/accounts").exchange()).hasStatus3xxRedirection();

		assertThat(mvc.post()
			.uri("/admin/accounts")
			.with(accounts.as(admin))
			.with(csrf())
			.param("login", "new-editor")
			.param("displayName", "新しい担当")
			.param("password", "short")
			.exchange()).hasStatus(422).bodyText().contains("パスワードは12文字以上にしてください。");
		assertThat(accountRepository.findByLogin("new-editor")).isEmpty();

		assertThat(mvc.post()
			.uri("/admin/accounts")
			.with(accounts.as(admin))
			.with(csrf())
			.param("login", "new-editor")
			.param("displayName", "新しい担当")
			.param("email", "new-editor@example.jp")
			.param("password", "twelve chars ok")
			.exchange())
			.satisfies(r -> System.out
				.println("DEBUG " + r.getResponse().getStatus() + r.getResponse().getContentAsString()))
			.hasStatus3xxRedirection();
		long id = accountRepository.findByLogin("new-editor").orElseThrow().id();
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}/grants", id)
			.with(accounts.as(admin))
			.with(csrf())
			.param("organisationId", Long.toString(accounts.organisation("iwamizawa")))
			.param("role", "DEPARTMENT_EDITOR")
			.param("department", "農政課")
			.exchange()).hasStatus3xxRedirection();
		assertThat(accountRepository.findById(id).orElseThrow().grants()).singleElement()
			.satisfies(g -> assertThat(g.role()).isEqualTo(Role.DEPARTMENT_EDITOR))
			.satisfies(g -> assertThat(g.departmentId()).isNotNull());
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}/grants", id)
			.with(accounts.as(planner))
			.with(csrf())
			.param("organisationId", Long.toString(accounts.organisation("yubari")))
			.param("role", "PLANNER")
			.exchange()).hasStatus(403);
	}

	@Test
	void changingOnesPasswordNeedsTheCurrentOne() {
		TestAccounts accounts = accounts();
		var planner = accounts.account("password-planner", "iwamizawa", Role.PLANNER);
		assertThat(mvc.post()
			.uri("/account/password")
			.with(accounts.as(planner))
			.with(csrf())
			.param("currentPassword", "not my password")
			.param("password", "a brand new passphrase")
			.exchange()).hasStatus3xxRedirection().flash().containsKey("passwordError");
		assertThat(mvc.perform(formLogin("/login").user("password-planner").password("a brand new passphrase")))
			.hasRedirectedUrl("/login?error");

		assertThat(mvc.post()
			.uri("/account/password")
			.with(accounts.as(planner))
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("password", "a brand new passphrase")
			.exchange()).hasStatus3xxRedirection().flash().containsKey("passwordSaved");
		assertThat(mvc.perform(formLogin("/login").user("password-planner").password("a brand new passphrase")))
			.hasRedirectedUrl("/me");
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRefusedWithAMessage() {
		var admin = testAccounts.administrator("long-password-admin");
		assertThat(mvc.post()
			.uri("/admin/accounts")
			.with(testAccounts.as(admin))
			.with(csrf())
			.param("login", "long-password")
			.param("displayName", "長いパスワード")
			.param("password", "あ".repeat(25))
			.exchange()).hasStatus(422).bodyText().contains("全角24文字");
		assertThat(accountRepository.findByLogin("long-password")).isEmpty();
	}

	/**
	 * Signs in and returns the session cookie the browser keeps: sessions are kept by
	 * Spring Session (in the database), which reads the cookie, so a request carries the
	 * cookie rather than MockMvc's {@code MockHttpSession}.
	 */
	Cookie signIn(String login, String password) {
		MvcTestResult signedIn = mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", login)
			.param("password", password)
			.exchange();
		assertThat(signedIn).hasRedirectedUrl("/me");
		return sessionCookie(signedIn);
	}

	static Cookie sessionCookie(MvcTestResult result) {
		Cookie cookie = result.getMvcResult().getResponse().getCookie(SESSION_COOKIE);
		assertThat(cookie).as("a session cookie").isNotNull();
		return cookie;
	}

	@Test
	void aPasswordChangeEndsTheOtherSessions_andKeepsThisOne() {
		testAccounts.account("two-browsers", "iwamizawa", Role.PLANNER);
		Cookie office = signIn("two-browsers", TestAccounts.PASSWORD);
		Cookie home = signIn("two-browsers", TestAccounts.PASSWORD);
		MvcTestResult changed = mvc.post()
			.uri("/account/password")
			.cookie(office)
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("password", "another long passphrase")
			.exchange();
		assertThat(changed).hasStatus3xxRedirection().flash().containsKey("passwordSaved");
		Cookie renewed = sessionCookie(changed);
		assertThat(renewed.getValue()).as("this session goes on with a new id").isNotEqualTo(office.getValue());
		assertThat(mvc.get().uri("/me").cookie(renewed).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/me").cookie(home).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void anAdministratorDisablesAnAccountOrResetsItsPassword_andItsSessionsEnd() {
		var admin = testAccounts.administrator("lifecycle-admin");
		long id = testAccounts.account("leaving-planner", "iwamizawa", Role.PLANNER).accountId();
		Cookie session = signIn("leaving-planner", TestAccounts.PASSWORD);

		assertThat(mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(testAccounts.as(admin))
			.with(csrf())
			.param("password", "a reset passphrase")
			.exchange()).hasStatus3xxRedirection().flash().containsKey("saved");
		assertThat(mvc.get().uri("/me").cookie(session).exchange()).hasStatus3xxRedirection();
		session = signIn("leaving-planner", "a reset passphrase");

		assertThat(mvc.post()
			.uri("/admin/accounts/{id}/enabled", id)
			.with(testAccounts.as(admin))
			.with(csrf())
			.param("enabled", "false")
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/me").cookie(session).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.perform(formLogin("/login").user("leaving-planner").password("a reset passphrase")))
			.hasRedirectedUrl("/login?error");
		assertThat(mvc.post()
			.uri("/admin/accounts/{id}/enabled", admin.accountId())
			.with(testAccounts.as(admin))
			.with(csrf())
			.param("enabled", "false")
			.exchange()).flash().containsKey("grantError");
	}

}
