package jp.suishin.account;

import org.springframework.boot.test.context.SpringBootTest;

/** The throttle contract on the embedded database. */
@SpringBootTest(properties = "suishin.test.context=throttle")
class LoginThrottleOnEmbeddedDatabaseTests extends LoginThrottleContract {

}
