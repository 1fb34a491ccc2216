package jp.suishin.collection;

import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/** No collection (or plan) with this id: pages and the API answer 404. */
public class CollectionNotFound extends Refused {

	public CollectionNotFound(long id) {
		super(new Refusal.NotFound("collection or plan " + id));
	}

}
