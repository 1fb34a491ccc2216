package jp.suishin.progress;

/** 見込み: whether the trend reaches the target in the target year. */
public enum Outlook {

	/** 達成見込み. */
	ON_TRACK,
	/** 要注意: the trend ends at 90％ or more of the way. */
	AT_RISK,
	/** 困難. */
	UNLIKELY,
	/** 判定不能: fewer than two values, or no target. */
	UNKNOWN

}
