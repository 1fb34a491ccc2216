package jp.suishin.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jp.suishin.collection.UnitOfWork;

/**
 * A unit of work in memory that runs the work directly, counting how deep it is nested,
 * and the journal of what the ports built on it were asked: a step asked outside a unit
 * of work is marked {@code "outside: "}, so that a test sees in which order and under
 * which lock a use case read and wrote.
 */
public final class InMemoryWork implements UnitOfWork {

	private final List<String> journal = new ArrayList<>();

	private int depth;

	/** Tasks to run when the outermost unit of work ends without an exception. */
	private final List<Runnable> afterCommit = new ArrayList<>();

	@Override
	public <T> T run(Supplier<T> work) {
		depth++;
		boolean committed = false;
		try {
			T result = work.get();
			committed = true;
			return result;
		}
		finally {
			depth--;
			if (depth == 0) {
				List<Runnable> tasks = List.copyOf(afterCommit);
				afterCommit.clear();
				if (committed) {
					tasks.forEach(Runnable::run);
				}
			}
		}
	}

	@Override
	public void afterCommit(Runnable task) {
		if (depth == 0) {
			task.run();
		}
		else {
			afterCommit.add(task);
		}
	}

	/** Notes a step a port was asked, marked when asked outside a unit of work. */
	public void note(String step) {
		journal.add(depth > 0 ? step : "outside: " + step);
	}

	/** The steps noted so far, in order; a test may clear it to watch one use case. */
	public List<String> journal() {
		return journal;
	}

}
