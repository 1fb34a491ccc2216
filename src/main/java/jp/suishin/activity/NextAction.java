package jp.suishin.activity;

import java.util.List;

import jp.suishin.notation.FiscalYear;

/**
 * One of a node's main actions planned for a fiscal year (R6年度の主な取組): the report of year
 * Y lists the actions of Y + 1.
 *
 * @param leads the lead bodies as printed in brackets, in order
 */
public record NextAction(long id, long nodeId, FiscalYear year, int position, String text, List<String> leads) {

	public NextAction {
		leads = List.copyOf(leads);
	}

}
