package jp.suishin.progress;

import java.util.ArrayList;
import java.util.List;

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
		List<Grade> grades = new ArrayList<>(unique.size());
		for (KpiEvaluation evaluation : unique) {
			grades.add(evaluation.grade());
		}
		return ofGrades(scheme, grades);
	}

	/** The summary of the grades of the unique KPIs. */
	static GradeSummary ofGrades(EvaluationScheme scheme, List<Grade> unique) {
		List<String> labels = new ArrayList<>(scheme.labels());
		int[] counts = new int[labels.size() + unique.size()];
		String[] codes = new String[counts.length];
		int evaluated = 0;
		int pending = 0;
		int none = 0;
		for (Grade grade : unique) {
			int at = labels.indexOf(grade.label());
			if (at < 0) {
				at = labels.size();
				labels.add(grade.label());
			}
			counts[at]++;
			codes[at] = grade.code();
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
		List<Integer> present = new ArrayList<>();
		List<Integer> presentCounts = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			if (counts[i] > 0) {
				present.add(i);
				presentCounts.add(counts[i]);
			}
		}
		List<Integer> percents = LargestRemainder.apportion(presentCounts, 100);
		List<Integer> tenths = LargestRemainder.apportion(presentCounts, 10);
		List<GradeCount> grades = new ArrayList<>(present.size());
		for (int i = 0; i < present.size(); i++) {
			int at = present.get(i);
			grades.add(new GradeCount(labels.get(at), codes[at], counts[at], percents.get(i), tenths.get(i)));
		}
		return new GradeSummary(unique.size(), evaluated, pending, none, grades);
	}

	public int count(String label) {
		return grades.stream().filter(g -> g.label().equals(label)).mapToInt(GradeCount::count).sum();
	}

}
