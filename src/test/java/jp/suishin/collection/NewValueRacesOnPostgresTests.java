package jp.suishin.collection;

import jp.suishin.OnPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two new values of one KPI and year at once, on PostgreSQL. */
@SpringBootTest(properties = "suishin.test.context=new-value-races")
@OnPostgres
class NewValueRacesOnPostgresTests extends NewValueRacesContract {

	@Autowired
	JdbcClient jdbc;

	@Override
	boolean someoneWaits() {
		return jdbc.sql("""
				SELECT COUNT(*) FROM pg_stat_activity
				WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Integer.class).single() > 0;
	}

	@Override
	java.time.Duration waitingTime() {
		return java.time.Duration.ofSeconds(20);
	}

}
