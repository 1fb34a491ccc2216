package jp.suishin.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import jp.suishin.OnPostgres;

import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The batch writes of values on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set (CI
 * always sets it), in a schema of its own; there the driver sends batched inserts as
 * multi-row statements.
 */
@SpringBootTest(properties = "suishin.sample-data.enabled=false")
@DirtiesContext
@OnPostgres
class BatchValueWritesOnPostgresTests extends BatchValueWritesContract {

	@Autowired
	DataSource dataSource;

	@Test
	void theDriverRewritesBatchedInsertsIntoMultiRowStatements() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
				.isTrue();
		}
	}

}
