package jp.suishin.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie. Sessions are kept in the database (Spring Session JDBC), so that
 * every app node behind the proxy knows every session; Spring Session writes the cookie,
 * from the {@code server.servlet.session.cookie.*} settings (name, HttpOnly, SameSite)
 * and then {@link TlsConfiguration}'s {@code __Host-} rules. Boot does the same only on
 * an embedded server; this bean makes a test's mock server write the same cookie.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionCookieConfiguration {

	@Bean
	DefaultCookieSerializer cookieSerializer(ServerProperties server,
			ObjectProvider<DefaultCookieSerializerCustomizer> customizers) {
		Cookie cookie = server.getServlet().getSession().getCookie();
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		if (cookie.getName() != null) {
			serializer.setCookieName(cookie.getName());
		}
		if (cookie.getDomain() != null) {
			serializer.setDomainName(cookie.getDomain());
		}
		if (cookie.getPath() != null) {
			serializer.setCookiePath(cookie.getPath());
		}
		if (cookie.getHttpOnly() != null) {
			serializer.setUseHttpOnlyCookie(cookie.getHttpOnly());
		}
		if (cookie.getSecure() != null) {
			serializer.setUseSecureCookie(cookie.getSecure());
		}
		if (cookie.getMaxAge() != null) {
			serializer.setCookieMaxAge((int) cookie.getMaxAge().getSeconds());
		}
		if (cookie.getSameSite() != null) {
			serializer.setSameSite(cookie.getSameSite().attributeValue());
		}
		customizers.orderedStream().forEach(customizer -> customizer.customize(serializer));
		return serializer;
	}

}
