package jp.suishin.linkage;

import java.time.Instant;

/**
 * A link from a KPI to a KPI of another plan.
 *
 * @param kpiId the KPI that links: its plan's planners made the link
 * @param linkedKpiId the KPI it is linked to
 */
public record KpiLink(long id, long kpiId, long linkedKpiId, LinkKind kind, Instant createdAt, String createdBy) {

	/** The KPI at the other end, seen from {@code fromKpiId} (either end). */
	public long otherThan(long fromKpiId) {
		return fromKpiId == kpiId ? linkedKpiId : kpiId;
	}

	/** Whether the KPI is at either end. */
	public boolean joins(long someKpiId) {
		return someKpiId == kpiId || someKpiId == linkedKpiId;
	}

}
