package jp.suishin.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per grade over the unique KPIs (re-listed rows counted once), with shares of the
 * whole in percent and in 割 that add up (largest remainder), and the numbers evaluated,
 * pending and not evaluable.
 */
public record GradeSummary(int unique, int evaluated, int pending, int none, List<GradeCount> grades) {

	public GradeSummary {
		grades = List.copyOf(grades);
	}

	/**
	 * One label's count and shares; {@code code} is the label, or {@code pending} /
	 * {@code none}.
	 */
	public record GradeCount(String label, String code, int count, int percent, int tenths) {
	}

	static GradeSummary of(EvaluationScheme scheme, List<KpiEvaluation> unique) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, String> codes = new LinkedHashMap<>();
		for (String label : scheme.labels()) {
			counts.put(label, 0);
		}
		int evaluated = 0;
		int pending = 0;
		int none = 0;
		for (KpiEvaluation evaluation : unique) {
			Grade grade = evaluation.grade();
			counts.merge(grade.label(), 1, Integer::sum);
			codes.put(grade.label(), grade.code());
			if (grade instanceof Grade.Graded) {
				evaluated++;
			}
			else if (grade instanceof Grade.Pending) {
				pending++;
			}
			else {
				none++;
			}
		}
		List<String> present = counts.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
		List<Integer> presentCounts = present.stream().map(counts::get).toList();
		List<Integer> percents = LargestRemainder.apportion(presentCounts, 100);
		List<Integer> tenths = LargestRemainder.apportion(presentCounts, 10);
		List<GradeCount> grades = new ArrayList<>();
		for (int i = 0; i < present.size(); i++) {
			grades.add(new GradeCount(present.get(i), codes.get(present.get(i)), presentCounts.get(i), percents.get(i),
					tenths.get(i)));
		}
		return new GradeSummary(unique.size(), evaluated, pending, none, grades);
	}

	public int count(String label) {
		return grades.stream().filter(g -> g.label().equals(label)).mapToInt(GradeCount::count).sum();
	}

}
