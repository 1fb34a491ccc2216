package jp.suishin.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiDefinition;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.LockedYears;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.plan.Plan;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Edits a KPI of a plan from its edit form, in one transaction: the unit and the
 * aggregation (only while it has no values: the stored values are in them), the baseline
 * (only while none of its years' figures is fixed; afterwards a baseline is revised with
 * its own history, {@link jp.suishin.kpi.RevisingBaseline}) and the department in charge
 * as the plan names it here; the name, direction, target and definition through
 * {@link EditingKpiDefinition}, with its rules and its reason; the milestones through
 * {@link SettingMilestone}. A re-listing (再掲) of the KPI is removed here too. Only the
 * planners of the plan's owner may, on a current KPI of a current plan.
 */
public final class EditingKpi {

	/**
	 * What the KPI's edit form sends, as written ({@code ▲12}, {@code R6},
	 * {@code 増加}/{@code INCREASE}, {@code 累計}/{@code CUMULATIVE}).
	 *
	 * @param reason why the name, direction, target or definition change (kept in the
	 * audit trail; needed only when they do)
	 */
	public record KpiChange(String name, String unit, String direction, String aggregation, String baselineValue,
			String baselineYear, String targetValue, String targetYear, String definition, String department,
			String reason) {
	}

	private final KpiRepository kpis;

	private final PlanEditors editors;

	private final EditingKpiDefinition definitions;

	private final SettingMilestone milestones;

	private final LockedYears locked;

	private final InOneTransaction work;

	public EditingKpi(KpiRepository kpis, jp.suishin.plan.PlanRepository plans, PlanPlanners planners,
			EditingKpiDefinition definitions, SettingMilestone milestones, LockedYears locked, InOneTransaction work) {
		this.kpis = kpis;
		this.editors = new PlanEditors(planners, plans);
		this.definitions = definitions;
		this.milestones = milestones;
		this.locked = locked;
		this.work = work;
	}

	/**
	 * @throws Refused invalid naming the fields: {@code kpiUnit}, {@code kpiAggregation},
	 * {@code baselineValue}, {@code baselineYear}, {@code kpiDepartment}, and those of
	 * {@link EditingKpiDefinition}: {@code kpiName}, {@code kpiDirection},
	 * {@code targetValue}, {@code targetYear}, {@code kpiDefinition},
	 * {@code definitionReason}); conflict when a changed target or direction meets a
	 * fixed year; not found, forbidden
	 */
	public void edit(Viewer viewer, long kpiId, KpiChange change) {
		work.run(() -> {
			editNow(viewer, kpiId, change);
			return null;
		});
	}

	private void editNow(Viewer viewer, long kpiId, KpiChange change) {
		Kpi kpi = current(viewer, kpiId);
		Plan plan = editors.require(viewer, kpi.planId());
		List<FieldProblem> problems = new ArrayList<>();
		String unitText = Optional.ofNullable(unit(change.unit(), problems)).orElse("");
		Unit unit = Unit.of(unitText);
		Aggregation aggregation = aggregation(change.aggregation(), problems);
		String department = AuthoringText.optional("kpiDepartment", change.department(), KpiForm.DEPARTMENT_MAX_LENGTH,
				problems);
		boolean hasValues = !kpis.values(kpiId).isEmpty();
		if (hasValues && !unit.text().equals(kpi.unit().text())) {
			problems.add(FieldProblem.of("kpiUnit", "authoring.kpi.unit-has-values"));
		}
		if (hasValues && aggregation != null && aggregation != kpi.aggregation()) {
			problems.add(FieldProblem.of("kpiAggregation", "authoring.kpi.unit-has-values"));
		}
		Baseline baseline = baseline(change, unit, kpi, problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		if (!Objects.equals(baseline, kpi.baseline()) && !locked.lockedFrom(kpiId, plan.period().from()).isEmpty()) {
			throw Refused.invalid("baselineValue", "authoring.kpi.baseline-fixed");
		}
		if (!unit.text().equals(kpi.unit().text()) || aggregation != kpi.aggregation()
				|| !Objects.equals(baseline, kpi.baseline()) || !Objects.equals(department, kpi.department())) {
			kpis.updateFigures(kpiId, unit, aggregation, baseline, department, viewer.actor());
		}
		KpiDefinition now = KpiDefinition.of(kpis.findById(kpiId).orElseThrow());
		KpiDefinition wanted = new KpiDefinition(change.name(), change.direction(), change.targetValue(),
				change.targetYear(), change.definition());
		if (differs(now, wanted)) {
			List<FieldProblem> definitionProblems = definitions.edit(viewer, kpiId, wanted, change.reason());
			if (!definitionProblems.isEmpty()) {
				// the figures written above go back with the transaction
				throw Refused.invalid(definitionProblems);
			}
		}
	}

	private static boolean differs(KpiDefinition now, KpiDefinition wanted) {
		Direction direction = Direction.parse(wanted.direction()).orElse(null);
		return !stripped(now.name()).equals(stripped(wanted.name()))
				|| direction != Direction.parse(now.direction()).orElse(null)
				|| !stripped(now.targetValue()).equals(stripped(wanted.targetValue()))
				|| !sameYear(now.targetYear(), wanted.targetYear())
				|| !stripped(now.definition()).equals(stripped(wanted.definition()));
	}

	private static boolean sameYear(String a, String b) {
		return FiscalYear.parse(stripped(a)).equals(FiscalYear.parse(stripped(b)))
				&& (FiscalYear.parse(stripped(a)).isPresent() || stripped(a).equals(stripped(b)));
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}

	/** The baseline as written, in the KPI's (new) unit; {@code null} for none. */
	private static Baseline baseline(KpiChange change, Unit unit, Kpi kpi, List<FieldProblem> problems) {
		if (change.baselineValue() == null || change.baselineValue().isBlank()) {
			if (change.baselineYear() != null && !change.baselineYear().isBlank()) {
				problems.add(FieldProblem.of("baselineValue", "authoring.kpi.year-without-value"));
			}
			return null;
		}
		BigDecimal amount = ValueNotation.amount(change.baselineValue(), unit).collect("baselineValue", problems);
		FiscalYear year = null;
		if (change.baselineYear() != null && !change.baselineYear().isBlank()) {
			year = FiscalYear.parse(change.baselineYear().strip()).orElse(null);
			if (year == null) {
				problems.add(FieldProblem.of("baselineYear", "fiscal-year.invalid", change.baselineYear()));
				return null;
			}
		}
		if (amount == null) {
			return null;
		}
		Target target = kpi.target();
		FiscalYear targetYear = change.targetYear() == null ? null
				: FiscalYear.parse(change.targetYear().strip()).orElse(null);
		if (targetYear != null) {
			target = new Target(target == null ? BigDecimal.ZERO : target.value(), targetYear);
		}
		return Baseline.of(amount, year, target).collect("baselineYear", problems);
	}

	/** Reads the aggregation as {@link Aggregation#parse} does, or adds the problem. */
	static Aggregation aggregation(String written, List<FieldProblem> problems) {
		Optional<Aggregation> aggregation = Aggregation.parse(written);
		if (aggregation.isEmpty()) {
			problems.add(FieldProblem.of("kpiAggregation", "authoring.kpi.aggregation-invalid",
					written == null ? "" : written.strip()));
			return null;
		}
		return aggregation.get();
	}

	/** The unit as written, at most {@link KpiForm#UNIT_MAX_LENGTH}; blank for none. */
	static String unit(String written, List<FieldProblem> problems) {
		String text = written == null ? "" : written.strip();
		if (text.length() > KpiForm.UNIT_MAX_LENGTH) {
			problems.add(FieldProblem.of("kpiUnit", "authoring.kpi.unit-too-long", KpiForm.UNIT_MAX_LENGTH));
			return null;
		}
		return text;
	}

	/**
	 * Sets (or, with a blank value, removes) a milestone, through
	 * {@link SettingMilestone}.
	 * @throws Refused invalid naming {@code milestoneYear} / {@code milestoneValue}
	 */
	public void setMilestone(Viewer viewer, long kpiId, String year, String value) {
		work.run(() -> {
			current(viewer, kpiId);
			List<FieldProblem> problems = milestones.set(viewer, kpiId, year, value);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			return null;
		});
	}

	/**
	 * Removes a re-listing (再掲) of the KPI; its own listing stays (removing that is
	 * {@link RemovingKpi}'s).
	 * @throws Refused invalid ({@code listingId}) for the KPI's own listing
	 */
	public void unlist(Viewer viewer, long kpiId, long listingId) {
		work.run(() -> {
			current(viewer, kpiId);
			KpiListing listing = kpis.listingsOf(kpiId)
				.stream()
				.filter(l -> l.id() == listingId)
				.findFirst()
				.orElseThrow(() -> Refused.notFound("listing " + listingId));
			if (!listing.relisted()) {
				throw Refused.invalid("listingId", "authoring.kpi.unlist-own");
			}
			kpis.removeListing(listingId, viewer.actor());
			return null;
		});
	}

	/** A current KPI of a plan the viewer may edit. */
	private Kpi current(Viewer viewer, long kpiId) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> Refused.notFound("kpi " + kpiId));
		editors.require(viewer, kpi.planId());
		if (kpis.archivedAt(kpiId).isPresent()) {
			throw Refused.notFound("archived kpi " + kpiId);
		}
		return kpi;
	}

}
