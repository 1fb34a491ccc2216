package jp.suishin.verification;

import java.time.Instant;

import jp.suishin.notation.FiscalYear;

/**
 * One KPI's row of the national effect-verification form of a year, as assessed: each
 * part {@code null} while not written.
 */
public record EffectAssessment(long planId, FiscalYear year, long kpiId, ProjectEffect effect, String expertOpinion,
		FuturePolicy policy, String policyReason, String updatedBy, Instant updatedAt) {

	public boolean assessed() {
		return effect != null;
	}

	String described() {
		return (effect == null ? "－" : effect.code()) + " / " + (policy == null ? "－" : policy.code())
				+ (policyReason == null ? "" : " " + policyReason)
				+ (expertOpinion == null ? "" : " / " + expertOpinion);
	}

}
