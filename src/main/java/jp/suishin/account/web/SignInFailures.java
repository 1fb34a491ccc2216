package jp.suishin.account.web;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a failed sign-in: a wrong login or password goes back to the form
 * ({@code /login?error}, the same for unknown logins); an attempt the throttle told to
 * wait is answered {@code 429 Too Many Requests} with {@code Retry-After} and the form
 * saying how long to wait.
 */
public final class SignInFailures implements AuthenticationFailureHandler {

	/** Where a throttled attempt is forwarded to be shown (any method). */
	public static final String THROTTLED = "/login/throttled";

	private final AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof SignInThrottled throttled) {
			answerThrottled(response, throttled);
			request.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, throttled);
			request.getRequestDispatcher(THROTTLED).forward(request, response);
			return;
		}
		wrong.onAuthenticationFailure(request, response, exception);
	}

	static void answerThrottled(HttpServletResponse response, SignInThrottled throttled) {
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
	}

}
