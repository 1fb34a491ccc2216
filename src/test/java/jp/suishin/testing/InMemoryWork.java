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

	@Override
	public <T> T run(Supplier<T> work) {
		depth++;
		try {
			return work.get();
		}
		finally {
			depth--;
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
