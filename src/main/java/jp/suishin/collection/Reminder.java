package jp.suishin.collection;

import java.time.Instant;

/** A reminder sent to a department about an overdue collection. */
public record Reminder(long collectionId, long departmentId, Instant sentAt, String sentBy, int recipients,
		String message) {

}
