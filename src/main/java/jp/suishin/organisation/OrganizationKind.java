package jp.suishin.organisation;

/** What kind of body an organisation is. The last two are collaborations (広域連携). */
public enum OrganizationKind {

	/** 国. */
	NATION,
	/** 都道府県 (道). */
	PREFECTURE,
	/** 総合振興局・振興局. */
	SUBPREFECTURAL_BUREAU,
	/** 市町村. */
	MUNICIPALITY,
	/** 協議会 and similar bodies. */
	COUNCIL,
	/** 定住自立圏: a center city and its members. */
	SETTLEMENT_ZONE,
	/** 連携地域: a wide-area region of several bureaus. */
	WIDE_AREA_REGION;

	public boolean isCollaboration() {
		return this == SETTLEMENT_ZONE || this == WIDE_AREA_REGION;
	}

	/** Only prefectures and municipalities carry a local government code. */
	public boolean carriesLocalGovernmentCode() {
		return this == PREFECTURE || this == MUNICIPALITY;
	}

}
