package jp.suishin.storage;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A GET by somebody who has not signed in (no session sign-in, no API token), asked after
 * Spring Security's filters: it reads only published data and writes nothing of the app's
 * own, so it may go to a read replica, and what it is shown is what the whole public is.
 */
public final class PublicRead {

	private PublicRead() {
	}

	public static boolean is(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return "GET".equals(request.getMethod())
				&& (authentication == null || authentication instanceof AnonymousAuthenticationToken);
	}

}
