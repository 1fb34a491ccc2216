package jp.suishin.account;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The throttle contract on the embedded database. */
@SpringBootTest(properties = "suishin.test.context=throttle")
@Import(MovableClock.Config.class)
class LoginThrottleOnEmbeddedDatabaseTests extends LoginThrottleContract {

}
