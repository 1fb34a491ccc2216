package jp.suishin.storage.persistence;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL, the driver sends a batch of inserts as multi-row statements
 * ({@code reWriteBatchedInserts}): a bulk import of values then costs a round trip per
 * hundred rows, not per row. Set only for the PostgreSQL driver, so that the embedded
 * database, which knows no such setting, starts as before; a URL or property that sets it
 * already wins.
 */
@Configuration(proxyBeanMethods = false)
class BatchedInserts {

	static final String PROPERTY = "reWriteBatchedInserts";

	@Bean
	static BeanPostProcessor batchedInsertsOnPostgres() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool) {
					apply(pool);
				}
				return bean;
			}
		};
	}

	static void apply(HikariDataSource pool) {
		String url = pool.getJdbcUrl();
		if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(PROPERTY)
				&& !pool.getDataSourceProperties().containsKey(PROPERTY)) {
			pool.addDataSourceProperty(PROPERTY, "true");
		}
	}

}
