package jp.suishin.organising;

import java.util.function.Supplier;

/** Runs a change and its audit entries in one transaction. */
public interface Transactions {

	<T> T run(Supplier<T> work);

	default void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}

}
