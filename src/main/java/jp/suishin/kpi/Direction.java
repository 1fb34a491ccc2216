package jp.suishin.kpi;

/** Which way a KPI improves. */
public enum Direction {

	/** 増加: higher is better (転出超過数 ▲312 → ▲275 is increase too). */
	INCREASE,
	/** 減少: lower is better (a damage amount). */
	DECREASE,
	/** 維持: staying at the target is the aim (耕作面積の維持). */
	MAINTAIN

}
