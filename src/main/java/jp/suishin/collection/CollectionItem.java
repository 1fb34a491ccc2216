package jp.suishin.collection;

import java.time.Instant;

/**
 * One KPI's place in a collection.
 *
 * @param remark the planner's comment when returned, or the reason when reopened
 */
public record CollectionItem(long collectionId, long kpiId, ItemState state, String remark, Instant updatedAt,
		String updatedBy) {

}
