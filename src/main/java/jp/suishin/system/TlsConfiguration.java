package jp.suishin.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code suishin.tls=true}: the application is reached over TLS only (directly, or behind
 * a reverse proxy that terminates TLS; then also set
 * {@code server.forward-headers-strategy}). The session cookie is then {@code Secure} and
 * named {@value #SESSION_COOKIE}: browsers accept a {@code __Host-} cookie only when it
 * is Secure, has {@code Path=/} and no {@code Domain}, so no other host or sub-domain can
 * set or overwrite it. On plain http (development) leave it off: the cookie keeps its
 * plain name, which browsers accept without TLS.
 * <p>
 * Sessions are kept in the database by Spring Session, whose cookie this sets (the
 * servlet container's own session cookie is not used).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("suishin.tls")
class TlsConfiguration {

	static final String SESSION_COOKIE = "__Host-SESSION";

	/** Runs after the {@code server.servlet.session.cookie.*} settings, so it wins. */
	@Bean
	DefaultCookieSerializerCustomizer hostOnlySecureSessionCookie() {
		return cookie -> {
			cookie.setCookieName(SESSION_COOKIE);
			cookie.setUseSecureCookie(true);
			cookie.setCookiePath("/");
			cookie.setDomainName(null);
		};
	}

}
