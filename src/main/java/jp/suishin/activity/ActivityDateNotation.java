package jp.suishin.activity;

/**
 * Reads and writes activity dates in the notations the documents use: 令和5年9月16日～17日, 夏
 * 令和5年 7月7日～13日 / 冬 令和5年10月6日～19日, 令和5年11月28日・30日, R5.12月～, 令和6年4月27日、5月26日. FOUNDATION
 * STUB: the activity helper implements read and write (the only place that knows these
 * notations).
 */
public final class ActivityDateNotation {

	private ActivityDateNotation() {
	}

	/** The dates as the documents write them. */
	public static String write(ActivityDates dates) {
		throw new UnsupportedOperationException("ActivityDateNotation.write: implemented by the activity module");
	}

}
