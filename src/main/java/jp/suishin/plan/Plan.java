package jp.suishin.plan;

import java.util.List;

import jp.suishin.notation.FiscalPeriod;

/**
 * A plan owned by an organisation or a collaboration.
 *
 * @param levelNames the name of each depth of the tree, top first (基本目標, 事業 …)
 * @param donationBudget the corporate-donation budget guide, or {@code null}
 * @param scheme the name of the evaluation scheme the plan grades its KPIs with
 * @param baselinePolicy which baseline to evaluate with when one was revised
 */
public record Plan(long id, String key, String name, long ownerId, FiscalPeriod period, List<String> levelNames,
		String source, String summary, DonationBudget donationBudget, String scheme, BaselinePolicy baselinePolicy) {

	public Plan {
		levelNames = List.copyOf(levelNames);
	}

	/** The name of the level at a depth (1 = the top). */
	public String levelName(int depth) {
		if (levelNames.isEmpty()) {
			return "";
		}
		return levelNames.get(Math.min(depth, levelNames.size()) - 1);
	}

}
