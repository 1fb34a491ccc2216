package jp.suishin.verification;

import jp.suishin.document.ReportDocument.Figure;

/**
 * A KPI's row of the effect-verification form as shown: the indicator with its target and
 * the year's actual from the KPI list (as the viewer may see them), and the row as
 * assessed.
 *
 * @param target {@code null} when the KPI has none
 * @param actual {@code null} when no value of the year is there for the viewer
 * @param assessment {@code null} while the row is not written
 */
public record EffectLine(long kpiId, String kpiKey, String nodeTitle, String name, String unit, Figure target,
		Figure actual, EffectAssessment assessment) {
}
