package jp.suishin.bench;

import java.util.List;

/**
 * One workload of the harness: measures Suishin and its bare baseline in the same run and
 * returns the table's rows. It throws {@link Disagreement} when the two did not compute
 * the same thing; it never asserts a time.
 */
public interface Workload {

	/** W1, W2, …: the names. */
	String id();

	List<Row> run(BenchContext context) throws Exception;

}
