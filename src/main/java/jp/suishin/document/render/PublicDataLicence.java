package jp.suishin.document.render;

/**
 * The licence published reports and their open data are under: the Digital Agency's
 * 公共データ利用規約（第1.0版）(PDL1.0), compatible with CC BY 4.0. Written into the files' metadata
 * (document properties of a workbook, the metadata of the open data's JSON).
 */
public final class PublicDataLicence {

	/** The licence's name as the Digital Agency writes it. */
	public static final String NAME = "公共データ利用規約（第1.0版）";

	/** Its short identifier. */
	public static final String ID = "PDL1.0";

	/** Where its text is. */
	public static final String URL = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";

	private PublicDataLicence() {
	}

	/** {@code 公共データ利用規約（第1.0版）(PDL1.0)}. */
	public static String label() {
		return NAME + "(" + ID + ")";
	}

}
