package jp.suishin.kpi;

/**
 * A KPI to list under a plan node, at a position; {@code relisted} when the KPI is listed
 * again under another node (再掲).
 */
public record NewListing(long nodeId, long kpiId, int position, boolean relisted) {
}
