/**
 * Linked KPIs (issue 15): a KPI of one plan linked to a KPI of another, as contributing
 * to it (a member's 移住相談件数 to the bureau's, a prefecture KPI to a national goal) or as
 * the same indicator measured for another area; a parent KPI computed from its
 * contributors (their sum, or their weighted mean with the weights a KPI of their own)
 * with the completeness shown; and the indicator sets the comparison of municipalities
 * reads. A link belongs to the KPI that links and never gives rights on the other plan:
 * readers see only the values {@link jp.suishin.collection.Publication} lets them see.
 */
package jp.suishin.linkage;
