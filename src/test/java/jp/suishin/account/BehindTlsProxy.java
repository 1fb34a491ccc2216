package jp.suishin.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application as installed behind a reverse proxy that terminates TLS, on a real
 * port: {@code suishin.tls=true} and {@code server.forward-headers-strategy=native}, so
 * {@code X-Forwarded-For} names the client's address and {@code X-Forwarded-Proto} the
 * scheme (only the proxy on localhost is trusted, named as the README says). Time is a
 * {@link MovableClock} and password checks are counted ({@link CountedPasswordChecks}).
 * One context for every class that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "suishin.tls=true", "server.forward-headers-strategy=native",
				"server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1" })
@Import({ MovableClock.Config.class, CountedPasswordChecks.Config.class })
@interface BehindTlsProxy {

}
