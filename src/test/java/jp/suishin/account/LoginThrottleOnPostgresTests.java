package jp.suishin.account;

import jp.suishin.OnPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The throttle contract on PostgreSQL (CI always sets {@code SUISHIN_TEST_PG_URL}). */
@SpringBootTest
@Import(MovableClock.Config.class)
@OnPostgres
class LoginThrottleOnPostgresTests extends LoginThrottleContract {

}
