package jp.suishin.kpi;

import java.time.Instant;

import jp.suishin.notation.FiscalYear;

/**
 * A mid-term revision (中間見直し) of a KPI's direction and target: what applies from a fiscal
 * year onwards, what it replaced, and when, why and by whom. The years before
 * {@code from} keep grading on what applied to them.
 *
 * @param target {@code null} when the KPI has no target from then on
 * @param previousTarget what the KPI's target was before, or {@code null}
 */
public record TargetRevision(long kpiId, FiscalYear from, Direction direction, Target target,
		Direction previousDirection, Target previousTarget, Instant revisedAt, String reason, String revisedBy) {

}
