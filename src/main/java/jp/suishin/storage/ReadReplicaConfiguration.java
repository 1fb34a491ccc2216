package jp.suishin.storage;

import java.io.IOException;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code suishin.read-replica.url} set (a PostgreSQL streaming replica): what the public
 * reads comes from the replica, everything else from the primary. A GET request by
 * somebody who has not signed in (no session sign-in, no API token) reads only published
 * data and writes nothing of the app's own, so its queries go to the replica through a
 * read-only pool; sessions (Spring Session, whose tables a public page writes for its
 * CSRF token), Flyway, the scheduled jobs, every signed-in request and every write stay
 * on the primary. Should a public GET ever try to write, the replica refuses it. Without
 * the setting nothing of this exists and every query goes to {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("suishin.read-replica.url")
class ReadReplicaConfiguration {

	/** Before the public page cache (pagecache), which is last. */
	static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

	/** The primary ({@code spring.datasource.*}, {@code spring.datasource.hikari.*}). */
	@Bean
	@FlywayDataSource
	@SpringSessionDataSource
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	/**
	 * The replica, read-only: {@code suishin.read-replica.url}, with the primary's user
	 * unless {@code suishin.read-replica.username} and {@code .password} say otherwise.
	 */
	@Bean
	HikariDataSource readReplicaDataSource(DataSourceProperties primary,
			@Value("${suishin.read-replica.url}") String url,
			@Value("${suishin.read-replica.username:}") String username,
			@Value("${suishin.read-replica.password:}") String password) {
		HikariDataSource replica = new HikariDataSource();
		replica.setPoolName("read-replica");
		replica.setJdbcUrl(url);
		replica.setUsername(username.isBlank() ? primary.determineUsername() : username);
		replica.setPassword(username.isBlank() ? primary.determinePassword() : password);
		replica.setReadOnly(true);
		return replica;
	}

	/** The application's data source: the replica while a public read is under way. */
	@Bean
	@Primary
	DataSource dataSource(@Qualifier("primaryDataSource") DataSource primary,
			@Qualifier("readReplicaDataSource") DataSource replica) {
		AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {
			@Override
			protected Object determineCurrentLookupKey() {
				return PublicReads.ACTIVE.get() ? "replica" : "primary";
			}
		};
		routing.setTargetDataSources(Map.of("primary", primary, "replica", replica));
		routing.setDefaultTargetDataSource(primary);
		return routing;
	}

	@Bean
	@Primary
	PlatformTransactionManager transactionManager(DataSource dataSource) {
		return new DataSourceTransactionManager(dataSource);
	}

	/** Sessions are written on the primary, in transactions of their own there. */
	@Bean
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactionManager(@Qualifier("primaryDataSource") DataSource primary) {
		return new DataSourceTransactionManager(primary);
	}

	/**
	 * After Spring Security's filters, which say who is asking, and before the public
	 * page cache, whose stamps must come from where the page's rows do.
	 */
	@Bean
	FilterRegistrationBean<PublicReads> publicReads() {
		FilterRegistrationBean<PublicReads> registration = new FilterRegistrationBean<>(new PublicReads());
		registration.setOrder(ORDER);
		return registration;
	}

	/** Marks a GET by the public, for the routing data source. */
	static final class PublicReads extends OncePerRequestFilter {

		static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!PublicRead.is(request)) {
				chain.doFilter(request, response);
				return;
			}
			ACTIVE.set(true);
			try {
				chain.doFilter(request, response);
			}
			finally {
				ACTIVE.remove();
			}
		}

	}

}
