package jp.suishin.verification;

/**
 * An opinion as the verification page lists it.
 *
 * @param subjectTitle the title of what it is about, {@code null} for a subject no longer
 * in the plan
 * @param mayChange whether the viewer may still edit or remove it
 */
public record OpinionLine(Opinion opinion, String subjectTitle, boolean mayChange) {
}
