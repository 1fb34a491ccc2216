package jp.suishin.plan;

import java.util.List;

import jp.suishin.notation.FiscalPeriod;

/** What is needed to register a plan. */
public record NewPlan(String key, String name, long ownerId, FiscalPeriod period, List<String> levelNames,
		String source, String summary, DonationBudget donationBudget, String scheme, BaselinePolicy baselinePolicy) {

	public NewPlan {
		levelNames = List.copyOf(levelNames);
	}

}
