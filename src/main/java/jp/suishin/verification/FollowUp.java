package jp.suishin.verification;

/** What became of an opinion a year later (対応状況). */
public enum FollowUp implements Coded {

	/** 対応済. */
	DONE("done"),
	/** 対応中. */
	IN_PROGRESS("in-progress"),
	/** 未対応. */
	NOT_STARTED("not-started");

	private final String code;

	FollowUp(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String messageKey() {
		return "verification.follow-up." + code;
	}

}
