package jp.suishin.edition;

/** An edition's file with its bytes, as stored at publication. */
public record StoredFile(EditionFile file, byte[] bytes) {
}
