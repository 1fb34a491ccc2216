package jp.suishin.document;

/**
 * A file rendered from a report document, ready to store or serve as an attachment.
 *
 * @param fileName the name it downloads as (ASCII; the renderer chooses it)
 * @param contentType its real content type
 */
public record RenderedFile(String fileName, String contentType, byte[] bytes) {
}
