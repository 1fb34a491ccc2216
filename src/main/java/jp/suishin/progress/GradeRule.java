package jp.suishin.progress;

import java.util.List;
import java.util.Optional;

/** A grade and the conditions that all must hold for it. */
public record GradeRule(String label, List<Condition> conditions) {

	public GradeRule {
		conditions = List.copyOf(conditions);
	}

	/**
	 * Empty when the rule does not apply (a condition failed or could not be decided).
	 */
	boolean applies(Facts facts) {
		for (int i = 0; i < conditions.size(); i++) {
			Optional<Boolean> result = conditions.get(i).test(facts);
			if (result.isEmpty() || !result.get()) {
				return false;
			}
		}
		return true;
	}

}
