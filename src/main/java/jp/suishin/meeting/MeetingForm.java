package jp.suishin.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.FormText;

/**
 * A meeting as a planner, the API or a schedule writes it: the kind, the policy field (a
 * node of the plan, or blank for the whole plan), the name, the fiscal year, 開催日① and ②,
 * or while they are not fixed the timing as written (１１月上旬～, １月～２月予定), how it is held
 * (実施方式), the agenda, the attending organisations (their ids) and others named in words,
 * and the minutes with whether the public may read them.
 */
public record MeetingForm(String kind, String node, String title, String year, String firstDay, String secondDay,
		String timing, String method, String agenda, List<String> attendees, String otherAttendees, String minutes,
		boolean minutesPublic) {

	public static final int TITLE_MAX_LENGTH = 500;

	public static final int TIMING_MAX_LENGTH = 200;

	public static final int METHOD_MAX_LENGTH = 500;

	public static final int AGENDA_MAX_LENGTH = 5000;

	public static final int OTHERS_MAX_LENGTH = 1000;

	public static final int MINUTES_MAX_LENGTH = 20000;

	/** At most this many attending organisations (a prefecture's municipalities fit). */
	public static final int MAX_ATTENDEES = 200;

	public MeetingForm {
		attendees = attendees == null ? List.of()
				: attendees.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
	}

	/**
	 * The content, or {@code null} after adding the problems, each naming its field. The
	 * node and the attendees are read as ids here; whether they belong to the plan and
	 * exist is the use case's question.
	 */
	MeetingContent checked(List<FieldProblem> problems) {
		int before = problems.size();
		MeetingKind checkedKind = MeetingKind.named(kind).orElse(null);
		if (checkedKind == null) {
			problems.add(FieldProblem.of("kind", "meeting.kind.invalid"));
		}
		Long checkedNode = null;
		if (node != null && !node.isBlank()) {
			checkedNode = id(node);
			if (checkedNode == null) {
				problems.add(FieldProblem.of("node", "meeting.node.invalid"));
			}
		}
		String checkedTitle = text("title", title, TITLE_MAX_LENGTH, problems);
		if (checkedTitle == null && problems.stream().noneMatch(p -> p.field().equals("title"))) {
			problems.add(FieldProblem.of("title", "meeting.title.required"));
		}
		FiscalYear checkedYear = year == null || year.isBlank() ? null : FiscalYear.parse(year.strip()).orElse(null);
		if (checkedYear == null) {
			problems.add(FieldProblem.of("year", "meeting.year.invalid", year == null ? "" : year.strip()));
		}
		// without a year the days cannot be placed (8/8 of which year?): only the year is
		// named then
		LocalDate first = null;
		LocalDate second = null;
		String checkedTiming = text("timing", timing, TIMING_MAX_LENGTH, problems);
		if (checkedYear != null) {
			first = MeetingDay.read("firstDay", firstDay, checkedYear, problems);
			second = MeetingDay.read("secondDay", secondDay, checkedYear, problems);
			boolean dayProblems = problems.stream()
				.anyMatch(p -> p.field().equals("firstDay") || p.field().equals("secondDay"));
			if (second != null && first == null && !dayProblems) {
				problems.add(FieldProblem.of("firstDay", "meeting.day.first-missing"));
			}
			else if (first != null && second != null && !second.isAfter(first)) {
				problems.add(FieldProblem.of("secondDay", "meeting.day.second-not-after", MeetingDay.written(second),
						MeetingDay.written(first)));
			}
			else if (checkedKind != null && checkedKind.needsDateOrTiming() && first == null && checkedTiming == null
					&& !dayProblems && problems.stream().noneMatch(p -> p.field().equals("timing"))) {
				problems.add(FieldProblem.of("firstDay", "meeting.day.or-timing-required"));
			}
		}
		String checkedMethod = text("method", method, METHOD_MAX_LENGTH, problems);
		String checkedAgenda = text("agenda", agenda, AGENDA_MAX_LENGTH, problems);
		Set<Long> checkedAttendees = new LinkedHashSet<>();
		for (String attendee : attendees) {
			Long id = id(attendee);
			if (id == null) {
				problems.add(FieldProblem.of("attendees", "meeting.attendees.invalid", attendee));
				break;
			}
			checkedAttendees.add(id);
		}
		if (checkedAttendees.size() > MAX_ATTENDEES) {
			problems.add(FieldProblem.of("attendees", "meeting.attendees.too-many", MAX_ATTENDEES));
		}
		String checkedOthers = text("otherAttendees", otherAttendees, OTHERS_MAX_LENGTH, problems);
		String checkedMinutes = text("minutes", minutes, MINUTES_MAX_LENGTH, problems);
		if (problems.size() > before) {
			return null;
		}
		return new MeetingContent(checkedKind, checkedNode, checkedTitle, checkedYear, first, second, checkedTiming,
				checkedMethod, checkedAgenda, new ArrayList<>(checkedAttendees), checkedOthers, checkedMinutes,
				minutesPublic);
	}

	/** A stripped text, {@code null} when blank; too long is the field's problem. */
	private static String text(String field, String written, int maxLength, List<FieldProblem> problems) {
		return FormText.optional(field, written == null ? null : written.replace("\r\n", "\n"), maxLength,
				"meeting.text.too-long", problems);
	}

	private static Long id(String written) {
		try {
			long id = Long.parseLong(written.strip());
			return id > 0 ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
