package jp.suishin.collection;

import java.time.Instant;

/**
 * A reviewer's comment or an external expert's opinion on a collection.
 *
 * @param kpiId the KPI it is about, or {@code null} for the whole year
 */
public record Remark(long id, long collectionId, Long kpiId, Kind kind, String text, Instant writtenAt,
		String writtenBy) {

	/** Who wrote it. */
	public enum Kind {

		/** A reviewer above the organisation. */
		COMMENT,

		/** 有識者の意見. */
		OPINION

	}

}
