package jp.suishin.collection;

import jp.suishin.plan.Plan;

/**
 * The words of a reminder about one collection (a subject and a body, in the language of
 * whoever reads them); the pages and the daily job write them from the message bundles.
 */
public interface ReminderWording {

	Words of(Plan plan, Collection collection);

	record Words(String subject, String body) {
	}

}
