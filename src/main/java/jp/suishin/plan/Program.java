package jp.suishin.plan;

import jp.suishin.notation.FiscalYear;

/**
 * A concrete program (具体的な事業) under a node, with its lead body.
 *
 * @param year the fiscal year it is listed for, or {@code null}
 */
public record Program(long id, long nodeId, int position, String name, String lead, String summary, FiscalYear year) {
}
