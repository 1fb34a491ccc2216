package jp.suishin.edition;

/**
 * One file of an edition as it was rendered at publication: it is served exactly as
 * stored.
 *
 * @param name the name it downloads as (ASCII)
 * @param contentType its real content type
 * @param sha256 the hex SHA-256 of its bytes
 */
public record EditionFile(long editionId, String name, String contentType, long size, String sha256) {

	/** The kind of file, as the pages group them: pdf, xlsx, html, csv, json … */
	public String extension() {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

}
