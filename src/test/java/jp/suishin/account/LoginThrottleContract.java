package jp.suishin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-in throttle on a real database: attempts fired in parallel are counted one
 * after the other, so a burst of guesses gets no more password checks than a slow one.
 */
abstract class LoginThrottleContract {

	@Autowired
	LoginThrottle throttle;

	@Test
	void parallelAttemptsGetOnlyTheAllowedNumberOfPasswordChecks() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> burst = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				burst.add(() -> throttle.attempt("burst-target"));
			}
			long allowed = 0;
			for (Future<Boolean> attempt : pool.invokeAll(burst)) {
				allowed += attempt.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(LoginThrottle.FAILURES);
			assertThat(throttle.attempt("burst-target")).as("locked for a while").isFalse();
			assertThat(throttle.attempt("Burst-Target ")).as("one name whatever the case").isFalse();
			assertThat(throttle.attempt("someone-else")).isTrue();
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aSuccessClearsTheCount() {
		for (int i = 0; i < LoginThrottle.FAILURES - 1; i++) {
			assertThat(throttle.attempt("forgetful")).isTrue();
		}
		throttle.succeeded("forgetful");
		for (int i = 0; i < LoginThrottle.FAILURES; i++) {
			assertThat(throttle.attempt("forgetful")).isTrue();
		}
		assertThat(throttle.attempt("forgetful")).isFalse();
	}

}
