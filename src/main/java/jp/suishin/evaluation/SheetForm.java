package jp.suishin.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.FormText;

/**
 * A sheet as a planner or a department writes it, on a page or through the API: the
 * fields as typed, the department in charge by id, the indicators by KPI id, the money as
 * people write it ({@code 12,345}, {@code 12,345千円}, full-width digits) in the sheet's
 * unit, the staff time in person-years ({@code 0.5}).
 */
public record SheetForm(String purpose, String target, String means, String intent, String department,
		List<String> activityKpis, List<String> outcomeKpis, String programCost, String generalFund,
		String nationalGrant, String otherFunds, String staffYears) {

	public static final int TEXT_MAX_LENGTH = 2000;

	/** More staff time than any one program has. */
	static final BigDecimal STAFF_YEARS_MAX = new BigDecimal("10000");

	static final Unit PERSON_YEARS = Unit.of("人工");

	public SheetForm {
		activityKpis = activityKpis == null ? List.of() : activityKpis.stream().filter(k -> k != null).toList();
		outcomeKpis = outcomeKpis == null ? List.of() : outcomeKpis.stream().filter(k -> k != null).toList();
	}

	/** The same form naming another department in charge. */
	SheetForm withDepartment(String other) {
		return new SheetForm(purpose, target, means, intent, other, activityKpis, outcomeKpis, programCost, generalFund,
				nationalGrant, otherFunds, staffYears);
	}

	/**
	 * The content, or {@code null} after adding the problems, each naming its field.
	 * @param planKpis the ids of the plan's KPIs (an indicator must be one of them)
	 * @param departments the ids of the departments of the plan's owner
	 * @param donations the donations designated to the program in the year, in
	 * {@code unit}: the funding sources with them must add up to 事業費
	 */
	SheetContent checked(List<FieldProblem> problems, Unit unit, Set<Long> planKpis, Set<Long> departments,
			BigDecimal donations) {
		int before = problems.size();
		String checkedPurpose = text("purpose", purpose, problems);
		String checkedTarget = text("target", target, problems);
		String checkedMeans = text("means", means, problems);
		String checkedIntent = text("intent", intent, problems);
		Long departmentId = department(problems, departments);
		List<Long> activity = indicators("activityKpis", activityKpis, planKpis, problems);
		List<Long> outcome = indicators("outcomeKpis", outcomeKpis, planKpis, problems);
		BigDecimal cost = money("programCost", programCost, unit, problems);
		BigDecimal general = money("generalFund", generalFund, unit, problems);
		BigDecimal grant = money("nationalGrant", nationalGrant, unit, problems);
		BigDecimal others = money("otherFunds", otherFunds, unit, problems);
		BigDecimal staff = staffYears(problems);
		if (problems.size() > before) {
			return null;
		}
		SheetCost sum = new SheetCost(unit, cost, general, grant, donations, others, null, null);
		if (cost == null && (general != null || grant != null || others != null)) {
			problems.add(FieldProblem.of("programCost", "evaluation.cost.program-cost-required"));
		}
		else if (!sum.balanced()) {
			BigDecimal expected = cost.subtract(SheetCost.orZero(grant))
				.subtract(SheetCost.orZero(donations))
				.subtract(SheetCost.orZero(others));
			problems.add(FieldProblem.of("generalFund", "evaluation.cost.funding-mismatch",
					QuantityFormat.format(cost, unit), QuantityFormat.format(sum.fundingTotal(), unit),
					QuantityFormat.format(donations, unit), QuantityFormat.format(expected, unit)));
		}
		if (problems.size() > before) {
			return null;
		}
		return new SheetContent(checkedPurpose, checkedTarget, checkedMeans, checkedIntent, departmentId, activity,
				outcome, unit, cost, general, grant, others, staff);
	}

	private static String text(String field, String written, List<FieldProblem> problems) {
		return FormText.optional(field, written, TEXT_MAX_LENGTH, "evaluation.text.too-long", problems);
	}

	private Long department(List<FieldProblem> problems, Set<Long> departments) {
		if (department == null || department.isBlank()) {
			problems.add(FieldProblem.of("department", "evaluation.department.required"));
			return null;
		}
		try {
			long id = Long.parseLong(department.strip());
			if (departments.contains(id)) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// an id that is not a number is no department of the owner either
		}
		problems.add(FieldProblem.of("department", "evaluation.department.unknown"));
		return null;
	}

	private static List<Long> indicators(String field, List<String> written, Set<Long> planKpis,
			List<FieldProblem> problems) {
		Set<Long> ids = new LinkedHashSet<>();
		for (String w : written) {
			if (w.isBlank()) {
				continue;
			}
			try {
				long id = Long.parseLong(w.strip());
				if (planKpis.contains(id)) {
					ids.add(id);
					continue;
				}
			}
			catch (NumberFormatException ex) {
				// not a KPI id: refused below
			}
			problems.add(FieldProblem.of(field, "evaluation.indicator.not-of-plan", w.strip()));
			return List.of();
		}
		return new ArrayList<>(ids);
	}

	private static BigDecimal money(String field, String written, Unit unit, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		BigDecimal amount = ValueNotation.amount(written, unit).collect(field, problems);
		if (amount != null && amount.signum() < 0) {
			problems.add(FieldProblem.of(field, "evaluation.cost.negative", written.strip()));
			return null;
		}
		return amount;
	}

	private BigDecimal staffYears(List<FieldProblem> problems) {
		if (staffYears == null || staffYears.isBlank()) {
			return null;
		}
		BigDecimal amount = ValueNotation.amount(staffYears, PERSON_YEARS).collect("staffYears", problems);
		if (amount != null && (amount.signum() < 0 || amount.compareTo(STAFF_YEARS_MAX) > 0)) {
			problems.add(FieldProblem.of("staffYears", "evaluation.staff-years.out-of-range", staffYears.strip()));
			return null;
		}
		return amount;
	}

}
