package jp.suishin.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a plan grades its KPIs: an ordered list of rules (first match wins), the measure
 * shown as 進捗率, and the labels for a pending value (集計中) and a KPI that cannot be
 * evaluated (－). Schemes are data: see {@link SchemeReader} and
 * docs/evaluation-schemes.md.
 *
 * @param requiresBaseline whether KPIs without a baseline cannot be graded fully (checked
 * by the lint)
 * @param latestAvailable whether a KPI with no value for the year is graded on its latest
 * confirmed value before it (a pending value is never replaced)
 * @param interpolateMilestones whether a year without a milestone gets one interpolated
 * between baseline and target
 */
public record EvaluationScheme(String name, String title, Measure progressRate, boolean requiresBaseline,
		boolean latestAvailable, boolean interpolateMilestones, String pendingLabel, String noneLabel,
		List<GradeRule> rules) {

	public EvaluationScheme {
		rules = List.copyOf(rules);
	}

	/** The first rule that applies, or {@code null}. */
	GradeRule firstMatch(Facts facts) {
		for (GradeRule rule : rules) {
			if (rule.applies(facts)) {
				return rule;
			}
		}
		return null;
	}

	/** The grade labels in the scheme's order, then the pending and none labels. */
	public List<String> labels() {
		List<String> labels = new ArrayList<>();
		rules.stream().map(GradeRule::label).filter(l -> !labels.contains(l)).forEach(labels::add);
		if (!labels.contains(pendingLabel)) {
			labels.add(pendingLabel);
		}
		if (!labels.contains(noneLabel)) {
			labels.add(noneLabel);
		}
		return List.copyOf(labels);
	}

}
