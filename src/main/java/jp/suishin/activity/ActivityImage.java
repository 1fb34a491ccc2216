package jp.suishin.activity;

/**
 * An image of an activity as stored: its bytes are served from the activity module with
 * {@code contentType} and {@code nosniff}; an image is never changed once stored, so an
 * edition that shows it keeps showing the same picture.
 *
 * @param alt the text that stands for the image (▲プレート型), never empty
 */
public record ActivityImage(long id, String contentType, int width, int height, String alt) {
}
