package jp.suishin.activity;

import java.util.List;

import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/**
 * An activity as a planner or a document writes it (■ 炭鉄港めしフェスタの開催 [振興局],
 * 開催日：令和5年9月16日～17日, 場所, 概要, 参加者). The dates are read by {@link ActivityDateNotation}; a
 * document names no lead body now and then (関係人口の拡大に向けた情報発信), so leads may be empty.
 *
 * @param leads the lead bodies, one per entry or several in one (振興局・市町)
 */
public record ActivityForm(String title, List<String> leads, String dates, String place, String summary,
		String participants) {

	public static final int TITLE_MAX_LENGTH = 500;

	public static final int PLACE_MAX_LENGTH = 1000;

	public static final int SUMMARY_MAX_LENGTH = 10000;

	public static final int PARTICIPANTS_MAX_LENGTH = 1000;

	/** Periods of one activity (①…⑳ is the most a document numbers). */
	public static final int MAX_PERIODS = 20;

	public static final int LABEL_MAX_LENGTH = 50;

	public ActivityForm {
		leads = leads == null ? List.of() : leads.stream().filter(l -> l != null).toList();
	}

	/** The content, or {@code null} after adding the problems, each naming its field. */
	ActivityContent checked(List<FieldProblem> problems) {
		int before = problems.size();
		String checkedTitle = ActivityText.required("title", title, TITLE_MAX_LENGTH, "activity.title.required",
				problems);
		List<String> checkedLeads = ActivityText.leads("leads", leads, false, problems);
		ActivityDates checkedDates = null;
		try {
			checkedDates = ActivityDateNotation.read(dates);
			if (checkedDates.periods().size() > MAX_PERIODS || checkedDates.periods()
				.stream()
				.anyMatch(p -> p.label() != null && p.label().length() > LABEL_MAX_LENGTH)) {
				problems.add(FieldProblem.of(ActivityDateNotation.FIELD, "activity.dates.too-many", MAX_PERIODS,
						LABEL_MAX_LENGTH));
			}
		}
		catch (Refused refused) {
			if (!(refused.refusal() instanceof Refusal.Invalid invalid)) {
				throw refused;
			}
			problems.addAll(invalid.problems());
		}
		String checkedPlace = ActivityText.optional("place", place, PLACE_MAX_LENGTH, problems);
		String checkedSummary = ActivityText.optional("summary", summary, SUMMARY_MAX_LENGTH, problems);
		String checkedParticipants = ActivityText.optional("participants", participants, PARTICIPANTS_MAX_LENGTH,
				problems);
		if (problems.size() > before) {
			return null;
		}
		return new ActivityContent(checkedTitle, checkedLeads, checkedDates, checkedPlace, checkedSummary,
				checkedParticipants);
	}

}
