package jp.suishin.activity;

import java.util.List;

/**
 * What an activity says once its form is checked: the one shape the use cases store.
 *
 * @param leads the lead bodies in print order, none when the document names none
 */
public record ActivityContent(String title, List<String> leads, ActivityDates dates, String place, String summary,
		String participants) {

	public ActivityContent {
		leads = List.copyOf(leads);
	}

	/** How the audit trail writes it: 炭鉄港めしフェスタの開催 [振興局] 令和5年9月16日～17日. */
	String described() {
		StringBuilder out = new StringBuilder(title);
		if (!leads.isEmpty()) {
			out.append(" [").append(String.join("・", leads)).append(']');
		}
		if (!dates.isEmpty()) {
			out.append(' ').append(dates.written());
		}
		return out.toString();
	}

}
