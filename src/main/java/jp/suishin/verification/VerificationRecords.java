package jp.suishin.verification;

import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/**
 * Where the use cases keep a plan's opinions and its effect-verification form.
 * Implemented by the verification module's persistence.
 */
public interface VerificationRecords {

	Optional<Opinion> opinion(long opinionId);

	/** A plan's opinions on a fiscal year, in the order given (day, then as recorded). */
	List<Opinion> opinions(long planId, FiscalYear year);

	/** Stores a new opinion; its id. */
	long addOpinion(long planId, FiscalYear year, OpinionContent content, Long expertAccountId, String actor);

	void updateOpinion(long opinionId, OpinionContent content, String actor);

	void removeOpinion(long opinionId);

	void saveResponse(long opinionId, String response, String actor);

	void saveFollowUp(long opinionId, FollowUp followUp, String note, String actor);

	/** The assessed rows of a plan's form of a year. */
	List<EffectAssessment> effects(long planId, FiscalYear year);

	Optional<EffectAssessment> effect(long planId, FiscalYear year, long kpiId);

	/** Writes (or with every part {@code null}, removes) a KPI's row of the form. */
	void saveEffect(long planId, FiscalYear year, long kpiId, ProjectEffect effect, String expertOpinion,
			FuturePolicy policy, String policyReason, String actor);

}
