package jp.suishin.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;

/**
 * A plan as a planner writes it: the owner, the name, the period in fiscal years (any
 * notation {@link FiscalYear#parse} reads: {@code R2}, {@code 令和2年度}, {@code 2020}) and
 * the names of its levels, top first (基本目標 → 施策 → 事業).
 */
public record PlanForm(Long ownerId, String name, String periodFrom, String periodTo, List<String> levelNames,
		String summary, String source) {

	public static final int NAME_MAX_LENGTH = 300;

	public static final int LEVELS_MAX = 6;

	public static final int LEVEL_NAME_MAX_LENGTH = 100;

	public static final int SUMMARY_MAX_LENGTH = 20000;

	public PlanForm {
		levelNames = levelNames == null ? List.of() : levelNames.stream().map(l -> l == null ? "" : l).toList();
	}

	/** The name, stripped; {@code null} after adding the problem. */
	String checkedName(List<FieldProblem> problems) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > NAME_MAX_LENGTH) {
			problems.add(FieldProblem.of("planName", "authoring.plan.name-required", NAME_MAX_LENGTH));
			return null;
		}
		return stripped;
	}

	/** The period, from ≤ to; {@code null} after adding the problems. */
	FiscalPeriod checkedPeriod(List<FieldProblem> problems) {
		FiscalYear from = year("periodFrom", periodFrom, problems);
		FiscalYear to = year("periodTo", periodTo, problems);
		if (from == null || to == null) {
			return null;
		}
		if (to.isBefore(from)) {
			problems.add(FieldProblem.of("periodTo", "authoring.plan.period-order", to.eraLabel(), from.eraLabel()));
			return null;
		}
		return new FiscalPeriod(from, to);
	}

	/** The level names, stripped, blank ones left out; at least one. */
	List<String> checkedLevels(List<FieldProblem> problems) {
		List<String> levels = new ArrayList<>();
		for (String level : levelNames) {
			String stripped = level.strip();
			if (stripped.isEmpty()) {
				continue;
			}
			if (stripped.length() > LEVEL_NAME_MAX_LENGTH) {
				problems.add(FieldProblem.of("levelNames", "authoring.plan.level-too-long", LEVEL_NAME_MAX_LENGTH));
				return null;
			}
			levels.add(stripped);
		}
		if (levels.isEmpty() || levels.size() > LEVELS_MAX) {
			problems.add(FieldProblem.of("levelNames", "authoring.plan.levels-required", LEVELS_MAX));
			return null;
		}
		return levels;
	}

	String checkedSummary(List<FieldProblem> problems) {
		return AuthoringText.optional("planSummary", summary, SUMMARY_MAX_LENGTH, problems);
	}

	private static FiscalYear year(String field, String written, List<FieldProblem> problems) {
		Optional<FiscalYear> year = written == null ? Optional.empty() : FiscalYear.parse(written.strip());
		if (year.isEmpty()) {
			problems.add(FieldProblem.of(field, "fiscal-year.invalid", written == null ? "" : written.strip()));
			return null;
		}
		return year.get();
	}

}
