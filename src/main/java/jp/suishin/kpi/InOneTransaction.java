package jp.suishin.kpi;

import java.util.function.Supplier;

/**
 * Runs a planner's change as one transaction: the check that its years are not fixed
 * (which takes the row locks that approving and locking a year take) and the write, so
 * that a year cannot be approved or locked between the two.
 */
public interface InOneTransaction {

	<T> T run(Supplier<T> work);

	/** For tests on ports in memory: the work, as it is. */
	InOneTransaction DIRECTLY = Supplier::get;

}
