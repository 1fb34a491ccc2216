package jp.suishin.verification;

import java.util.List;

import jp.suishin.refusal.FieldProblem;

/**
 * The follow-up of an opinion a year later (対応状況).
 *
 * @param status {@code done}, {@code in-progress} or {@code not-started}
 */
public record FollowUpForm(String status, String note) {

	/** The status and note, or {@code null} after adding the problems. */
	Checked checked(List<FieldProblem> problems) {
		int before = problems.size();
		FollowUp followUp = null;
		if (status == null || status.isBlank()) {
			problems.add(FieldProblem.of("followUp", "verification.follow-up.required"));
		}
		else {
			followUp = Coded.of(FollowUp.class, status).orElse(null);
			if (followUp == null) {
				problems.add(FieldProblem.of("followUp", "verification.follow-up.unknown", status.strip()));
			}
		}
		String checkedNote = VerificationText.optional("followUpNote", note, VerificationText.TEXT_MAX_LENGTH,
				problems);
		return problems.size() > before ? null : new Checked(followUp, checkedNote);
	}

	record Checked(FollowUp followUp, String note) {
	}

}
