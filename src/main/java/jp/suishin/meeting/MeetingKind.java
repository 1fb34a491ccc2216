package jp.suishin.meeting;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of meeting: a committee of outside members (懇談会), a working group of the
 * members' staff (担当者部会), or matters gathered without a meeting, by mail or hearing
 * (メール等を活用したヒアリング), which may have no date at all.
 */
public enum MeetingKind {

	COMMITTEE, WORKING_GROUP, HEARING;

	/**
	 * The kind a form or request names ({@code WORKING_GROUP}, {@code working-group}).
	 */
	static Optional<MeetingKind> named(String written) {
		if (written == null || written.isBlank()) {
			return Optional.empty();
		}
		String name = written.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (MeetingKind kind : values()) {
			if (kind.name().equals(name)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** Whether a meeting of this kind needs a date or a timing. */
	boolean needsDateOrTiming() {
		return this != HEARING;
	}

}
