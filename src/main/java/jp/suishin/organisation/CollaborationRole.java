package jp.suishin.organisation;

/** The part an organisation plays in a collaboration. */
public enum CollaborationRole {

	/** 中心市: the center city of a settlement zone. */
	CENTER,
	/** 構成市町 or a member bureau. */
	MEMBER

}
