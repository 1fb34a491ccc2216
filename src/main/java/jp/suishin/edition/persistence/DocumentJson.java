package jp.suishin.edition.persistence;

import jp.suishin.document.ReportDocument;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An edition's document as stored: the JSON of the record, written with a mapper of its
 * own (not the application's, whose settings may change) so that what is stored today is
 * read back the same years later. Unknown properties are tolerated on reading: a later
 * {@link ReportDocument#FORMAT_VERSION} that only adds parts still reads old documents.
 */
final class DocumentJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private DocumentJson() {
	}

	static String write(ReportDocument document) {
		return MAPPER.writeValueAsString(document);
	}

	static ReportDocument read(String json) {
		return MAPPER.readValue(json, ReportDocument.class);
	}

}
