package jp.suishin.activity;

import java.util.Optional;

/**
 * The stored bytes of activity images, for the image download and for renderers that
 * embed them (the report's PDF). Implemented by the activity module.
 */
public interface ActivityImages {

	Optional<StoredImage> find(long imageId);

	/** An image's bytes with the type they were checked (and re-encoded) as. */
	record StoredImage(long id, String contentType, byte[] bytes) {
	}

}
