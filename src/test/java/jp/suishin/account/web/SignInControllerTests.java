package jp.suishin.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.suishin.Stubs;
import jp.suishin.account.AccountRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The sign-in page alone (the form's POST belongs to Spring Security and is tested with
 * the whole application).
 */
@WebMvcTest(SignInController.class)
@AutoConfigureMockMvc(addFilters = false)
class SignInControllerTests {

	@TestConfiguration
	static class Fixtures {

		@Bean
		AccountRepository accounts() {
			return Stubs.unused(AccountRepository.class);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void signInPage_hasTheFormAndNoMessage() {
		assertThat(this.mvc.get().uri("/login").exchange()).hasStatusOk()
			.hasViewName("account/login")
			.bodyText()
			.contains("id=\"login-form\"", "name=\"username\"", "name=\"password\"")
			.doesNotContain("id=\"login-error\"", "id=\"signed-out\"");
	}

	@Test
	void afterAFailure_andAfterSigningOut_itSaysSo() {
		assertThat(this.mvc.get().uri("/login?error").exchange()).bodyText().contains("id=\"login-error\"");
		assertThat(this.mvc.get().uri("/login?signedOut&lang=en").exchange()).bodyText()
			.contains("id=\"signed-out\"", "lang=\"en\"");
	}

}
