package jp.suishin.kpi;

/**
 * Where a KPI is printed in a plan: under which node, in which order, and whether it is a
 * re-listed row (再掲) that totals count only once.
 */
public record KpiListing(long id, long nodeId, long kpiId, int position, boolean relisted) {
}
