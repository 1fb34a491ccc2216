package jp.suishin.verification;

import java.time.Instant;
import java.time.LocalDate;

import jp.suishin.notation.FiscalYear;

/**
 * An expert's opinion (委員意見) on a plan's fiscal year, with the division's response (対応方針)
 * and its follow-up a year later (対応状況).
 *
 * @param expertAccountId the expert's account when the expert wrote it; {@code null} when
 * a planner recorded it for the named expert
 * @param response {@code null} until the division responds; {@code respondedBy} and
 * {@code respondedAt} who and when
 * @param followUp {@code null} until the follow-up is recorded
 */
public record Opinion(long id, long planId, FiscalYear year, OpinionSubject subject, String expert,
		Long expertAccountId, LocalDate givenOn, String text, String response, String respondedBy, Instant respondedAt,
		FollowUp followUp, String followUpNote, String followedUpBy, Instant followedUpAt, String createdBy) {

	public boolean responded() {
		return response != null;
	}

	/** The opinion as the audit trail keeps it. */
	String described() {
		return OpinionContent.described(subject, expert, givenOn, text);
	}

}
