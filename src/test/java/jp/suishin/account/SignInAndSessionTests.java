package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.web.CreateAdministratorCommand;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
		MockHttpSession session = new MockHttpSession();
		MvcResult signedIn = mvc.post()
			.uri("/login")
			.session(session)
			.with(csrf())
			.param("username", "session-planner")
			.param("password", TestAccounts.PASSWORD)
			.exchange()
			.getMvcResult();
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/me");
		assertThat(mvc.get().uri("/me").session(session).exchange()).hasStatusOk();

		assertThat(mvc.post().uri("/logout").session(session).with(csrf()).exchange())
			.hasRedirectedUrl("/login?signedOut");
		assertThat(session.isInvalid()).isTrue();
		assertThat(mvc.get().uri("/me").session(new MockHttpSession()).exchange()).hasStatus3xxRedirection()
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

	MockHttpSession signIn(String login, String password) {
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.post()
			.uri("/login")
			.session(session)
			.with(csrf())
			.param("username", login)
			.param("password", password)
			.exchange()).hasRedirectedUrl("/me");
		return session;
	}

	@Test
	void aPasswordChangeEndsTheOtherSessions_andKeepsThisOne() {
		testAccounts.account("two-browsers", "iwamizawa", Role.PLANNER);
		MockHttpSession office = signIn("two-browsers", TestAccounts.PASSWORD);
		MockHttpSession home = signIn("two-browsers", TestAccounts.PASSWORD);
		assertThat(mvc.post()
			.uri("/account/password")
			.session(office)
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("password", "another long passphrase")
			.exchange()).hasStatus3xxRedirection().flash().containsKey("passwordSaved");
		assertThat(mvc.get().uri("/me").session(office).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/me").session(home).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void anAdministratorDisablesAnAccountOrResetsItsPassword_andItsSessionsEnd() {
		var admin = testAccounts.administrator("lifecycle-admin");
		long id = testAccounts.account("leaving-planner", "iwamizawa", Role.PLANNER).accountId();
		MockHttpSession session = signIn("leaving-planner", TestAccounts.PASSWORD);

		assertThat(mvc.post()
			.uri("/admin/accounts/{id}/password", id)
			.with(testAccounts.as(admin))
			.with(csrf())
			.param("password", "a reset passphrase")
			.exchange()).hasStatus3xxRedirection().flash().containsKey("saved");
		assertThat(mvc.get().uri("/me").session(session).exchange()).hasStatus3xxRedirection();
		session = signIn("leaving-planner", "a reset passphrase");

		assertThat(mvc.post()
			.uri("/admin/accounts/{id}/enabled", id)
			.with(testAccounts.as(admin))
			.with(csrf())
			.param("enabled", "false")
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/me").session(session).exchange()).hasStatus3xxRedirection();
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
