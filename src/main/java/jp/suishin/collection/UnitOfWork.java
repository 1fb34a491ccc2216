package jp.suishin.collection;

import java.util.function.Supplier;

/** Runs a workflow step and its audit entries in one transaction. */
public interface UnitOfWork {

	<T> T run(Supplier<T> work);

	default void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs the task once the transaction of the unit of work under way has committed (the
	 * outermost, when units are nested), and never if it rolls back: what leaves the
	 * application, such as a mail, goes out only for what was recorded, and never while
	 * the transaction holds its locks. Outside a unit of work it runs at once.
	 */
	void afterCommit(Runnable task);

}
