package jp.suishin.collection;

import org.springframework.boot.test.context.SpringBootTest;

/** Two new values of one KPI and year at once, on the embedded database. */
@SpringBootTest(properties = "suishin.test.context=new-value-races")
class NewValueRacesOnEmbeddedDatabaseTests extends NewValueRacesContract {

	/** H2 does not show a wait for a row of the index. */
	@Override
	boolean someoneWaits() {
		return false;
	}

	/**
	 * Within H2's lock timeout (a second's wait, then the first commits and the second
	 * finds the key taken).
	 */
	@Override
	java.time.Duration waitingTime() {
		return java.time.Duration.ofSeconds(1);
	}

}
