package jp.suishin.edition.web;

import java.util.List;

/**
 * The open-data catalogue as JSON: every published edition with its files.
 *
 * @param licence the licence the data is published under
 */
record CatalogueJson(String licence, String licenceUrl, List<Entry> editions) {

	static final String LICENCE = "公共データ利用規約（第1.0版）(PDL1.0)";

	/**
	 * One edition.
	 *
	 * @param localGovernmentCode the owner's 全国地方公共団体コード, or {@code null}
	 * @param dataYear the fiscal year of the values (西暦)
	 * @param publicationYear the fiscal year it was published in (西暦)
	 * @param supersededBy the URL of the correction that replaced it, or {@code null}
	 */
	record Entry(long id, String url, String organisation, String localGovernmentCode, String planKey, String planName,
			int dataYear, int publicationYear, int number, String label, String publishedOn, String correctionNote,
			String supersededBy, List<File> files) {
	}

	record File(String name, String contentType, long size, String sha256, String url) {
	}

}
