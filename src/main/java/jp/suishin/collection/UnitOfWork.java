package jp.suishin.collection;

import java.util.function.Supplier;

/** Runs a workflow step and its audit entries in one transaction. */
@FunctionalInterface
public interface UnitOfWork {

	<T> T run(Supplier<T> work);

	default void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}

}
