package jp.suishin.kpi;

import java.math.BigDecimal;
import jp.suishin.refusal.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.audit.Reason;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ValueNotation;

/**
 * Changes a KPI's name, direction, target or definition, with the reason; the audit trail
 * keeps the definition before and after.
 */
public final class EditingKpiDefinition {

	static final int NAME_MAX_LENGTH = 500;

	static final int DEFINITION_MAX_LENGTH = 5000;

	private final KpiRepository kpis;

	public EditingKpiDefinition(KpiRepository kpis) {
		this.kpis = kpis;
	}

	/**
	 * @return the problems, each naming its field; empty when the change was stored
	 */
	public List<FieldProblem> edit(long kpiId, KpiDefinition change, String reason, String user) {
		Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new KpiNotFoundException("id " + kpiId));
		List<FieldProblem> problems = new ArrayList<>();
		String name = change.name() == null ? "" : change.name().strip();
		if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
			problems.add(FieldProblem.of("kpiName", "kpi.definition.name-required", NAME_MAX_LENGTH));
		}
		Direction direction = Direction.parse(change.direction()).orElse(null);
		if (direction == null) {
			problems.add(FieldProblem.of("kpiDirection", "kpi.definition.direction-invalid",
					change.direction() == null ? "" : change.direction()));
		}
		Target target = null;
		boolean noTarget = change.targetValue() == null || change.targetValue().isBlank();
		if (!noTarget) {
			BigDecimal value = ValueNotation.amount(change.targetValue(), kpi.unit()).collect("targetValue", problems);
			FiscalYear year = null;
			if (change.targetYear() != null && !change.targetYear().isBlank()) {
				Optional<FiscalYear> parsedYear = FiscalYear.parse(change.targetYear());
				if (parsedYear.isEmpty()) {
					problems.add(FieldProblem.of("targetYear", "fiscal-year.invalid", change.targetYear()));
				}
				else if (kpi.baseline() != null && kpi.baseline().year() != null
						&& !parsedYear.get().isAfter(kpi.baseline().year())) {
					problems.add(FieldProblem.of("targetYear", "kpi.definition.target-before-baseline",
							parsedYear.get().eraLabel(), kpi.baseline().year().eraLabel()));
				}
				else {
					year = parsedYear.get();
				}
			}
			if (value != null) {
				target = new Target(value, year);
			}
		}
		String definition = change.definition() == null || change.definition().isBlank() ? null
				: change.definition().strip();
		if (definition != null && definition.length() > DEFINITION_MAX_LENGTH) {
			problems.add(FieldProblem.of("kpiDefinition", "kpi.value.note.too-long", DEFINITION_MAX_LENGTH));
		}
		Reason why = Reason.of(reason).collect("definitionReason", problems);
		if (!problems.isEmpty()) {
			return problems;
		}
		kpis.updateDefinition(kpiId, name, direction, target, definition, why.text(), user);
		return List.of();
	}

}
