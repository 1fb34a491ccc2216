package jp.suishin.verification;

/** 今後の方針 of the national effect-verification form. */
public enum FuturePolicy implements Coded {

	/** 事業の発展. */
	DEVELOP("develop"),
	/** 見直し. */
	REVIEW("review"),
	/** 継続. */
	CONTINUE("continue"),
	/** 中止. */
	STOP("stop"),
	/** 終了. */
	END("end");

	private final String code;

	FuturePolicy(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String messageKey() {
		return "verification.policy." + code;
	}

}
