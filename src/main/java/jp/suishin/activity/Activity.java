package jp.suishin.activity;

import java.util.List;

import jp.suishin.notation.FiscalYear;

/**
 * An activity or result of a node's fiscal year (■ 炭鉄港めしフェスタの開催 [振興局]).
 *
 * @param year the fiscal year the activity belongs to (the report of that year shows it)
 * @param leads the lead bodies as printed in brackets, in order ([振興局・市町] is two)
 * @param dates when it took place; {@link ActivityDates#none()} when the document gives
 * no date
 * @param place where, or {@code null}
 * @param summary 概要, or {@code null}
 * @param participants participants, visitors or another result figure as written (約70名参加,
 * ライブ配信視聴数: 1,782回), or {@code null}
 * @param images the activity's images, in order
 */
public record Activity(long id, long nodeId, FiscalYear year, int position, String title, List<String> leads,
		ActivityDates dates, String place, String summary, String participants, List<ActivityImage> images) {

	public Activity {
		leads = List.copyOf(leads);
		images = List.copyOf(images);
	}

}
