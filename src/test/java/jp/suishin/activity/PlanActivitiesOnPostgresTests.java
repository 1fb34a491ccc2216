package jp.suishin.activity;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The activities' storage on PostgreSQL, when {@code SUISHIN_TEST_PG_URL} is set. */
@SpringBootTest
@DirtiesContext
@OnPostgres
class PlanActivitiesOnPostgresTests extends PlanActivitiesContract {

}
