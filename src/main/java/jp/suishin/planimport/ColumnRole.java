package jp.suishin.planimport;

/** What a column of a plan's KPI sheet holds. */
public enum ColumnRole {

	/** A level of the plan's tree (基本目標, 施策, 事業): {@link SheetColumn#level()} from 1. */
	LEVEL,
	/** The KPI's name (評価指標, KPI, 重要業績評価指標). */
	KPI,
	/** 単位. */
	UNIT,
	/** 方向 / 目指す方向. */
	DIRECTION,
	/** 集計 / 集計方法. */
	AGGREGATION,
	/** 基準値 / 現状値. */
	BASELINE,
	/** 基準年度. */
	BASELINE_YEAR,
	/** 目標値. */
	TARGET,
	/** 目標年度. */
	TARGET_YEAR,
	/** One fiscal year's value (R2年度, 2020): {@link SheetColumn#year()}. */
	YEAR_VALUE,
	/** 定義 / 算出方法. */
	DEFINITION,
	/** 担当課 / 所管課. */
	DEPARTMENT,
	/** Not read: known but not needed (進捗率, 備考, No) or not recognised. */
	IGNORED

}
