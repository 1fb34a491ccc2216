package jp.suishin.progress;

import jp.suishin.kpi.Baseline;

/**
 * The other baseline of a KPI whose baseline was revised: the evaluation grades with the
 * baseline in force (or the original, if the plan says so) and also with this one, and
 * reports both grades when they differ.
 *
 * @param revised whether {@code baseline} is the revised one (else it is the original)
 * @param reason why the baseline was revised
 */
public record BaselineComparison(Baseline baseline, boolean revised, String reason) {
}
