package jp.suishin.kpi;

import java.time.LocalDate;

/**
 * A later revision of a KPI's baseline (statistics revised retroactively), with when, why
 * and by whom.
 */
public record BaselineRevision(long kpiId, Baseline baseline, LocalDate revisedOn, String reason, String revisedBy) {
}
