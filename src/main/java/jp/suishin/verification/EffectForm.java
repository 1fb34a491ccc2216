package jp.suishin.verification;

import java.util.List;

import jp.suishin.refusal.FieldProblem;

/**
 * One KPI's row of the national effect-verification form as a planner writes it: each
 * part may be left empty (an empty row clears it), but a policy needs its reason.
 *
 * @param effect 事業効果: {@code very-effective}, {@code considerable}, {@code effective},
 * {@code not-effective}
 * @param policy 今後の方針: {@code develop}, {@code review}, {@code continue}, {@code stop},
 * {@code end}
 */
public record EffectForm(String effect, String expertOpinion, String policy, String policyReason) {

	/** The row's parts, or {@code null} after adding the problems. */
	Checked checked(List<FieldProblem> problems) {
		int before = problems.size();
		ProjectEffect checkedEffect = null;
		if (effect != null && !effect.isBlank()) {
			checkedEffect = Coded.of(ProjectEffect.class, effect).orElse(null);
			if (checkedEffect == null) {
				problems.add(FieldProblem.of("effect", "verification.effect.unknown", effect.strip()));
			}
		}
		String opinion = VerificationText.optional("expertOpinion", expertOpinion, VerificationText.TEXT_MAX_LENGTH,
				problems);
		FuturePolicy checkedPolicy = null;
		if (policy != null && !policy.isBlank()) {
			checkedPolicy = Coded.of(FuturePolicy.class, policy).orElse(null);
			if (checkedPolicy == null) {
				problems.add(FieldProblem.of("policy", "verification.policy.unknown", policy.strip()));
			}
		}
		String reason = VerificationText.optional("policyReason", policyReason, VerificationText.TEXT_MAX_LENGTH,
				problems);
		if (checkedPolicy != null && (policyReason == null || policyReason.isBlank())) {
			problems.add(FieldProblem.of("policyReason", "verification.policy-reason.required"));
		}
		return problems.size() > before ? null : new Checked(checkedEffect, opinion, checkedPolicy, reason);
	}

	record Checked(ProjectEffect effect, String expertOpinion, FuturePolicy policy, String policyReason) {
	}

}
