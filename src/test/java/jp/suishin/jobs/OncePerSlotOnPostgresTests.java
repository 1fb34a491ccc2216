package jp.suishin.jobs;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The job lock on PostgreSQL, where several app nodes share one database (CI always sets
 * {@code SUISHIN_TEST_PG_URL}).
 */
@SpringBootTest(properties = "suishin.sample-data.enabled=false")
@OnPostgres
class OncePerSlotOnPostgresTests extends OncePerSlotContract {

}
