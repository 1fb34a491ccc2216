package jp.suishin.collection;

/** No collection (or plan) with this id: pages and the API answer 404. */
public class CollectionNotFound extends RuntimeException {

	public CollectionNotFound(long id) {
		super("no collection or plan " + id);
	}

}
