package jp.suishin.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.notation.FiscalYear;

/**
 * What a meeting says, as checked by {@link MeetingForm}.
 *
 * @param nodeId the policy field, {@code null} for the whole plan
 * @param firstDay 開催日①, {@code null} while not fixed (or for a hearing without a day)
 * @param secondDay 開催日②, after the first, or {@code null}
 * @param timing when it is to be held, as written, while the days are not fixed
 * @param attendeeIds the attending organisations, in the order named
 */
public record MeetingContent(MeetingKind kind, Long nodeId, String title, FiscalYear year, LocalDate firstDay,
		LocalDate secondDay, String timing, String method, String agenda, List<Long> attendeeIds, String otherAttendees,
		String minutes, boolean minutesPublic) {

	public MeetingContent {
		attendeeIds = List.copyOf(attendeeIds);
	}

	/** The meeting in one line, for the audit trail. */
	String described() {
		List<String> parts = new ArrayList<>();
		parts.add(kind.name());
		parts.add(year.eraLabel());
		parts.add(title);
		if (nodeId != null) {
			parts.add("node " + nodeId);
		}
		if (firstDay != null) {
			parts.add("① " + firstDay);
		}
		if (secondDay != null) {
			parts.add("② " + secondDay);
		}
		if (timing != null) {
			parts.add(timing);
		}
		if (!attendeeIds.isEmpty()) {
			parts.add("attendees " + attendeeIds);
		}
		if (minutes != null) {
			parts.add("minutes " + minutes.length() + " chars" + (minutesPublic ? " public" : ""));
		}
		return String.join(" ", parts);
	}

}
