package jp.suishin.verification;

/** 事業効果 of the national effect-verification form, best first. */
public enum ProjectEffect implements Coded {

	/** 地方創生に非常に効果的であった. */
	VERY_EFFECTIVE("very-effective"),
	/** 地方創生に相当程度効果があった. */
	CONSIDERABLE("considerable"),
	/** 地方創生に効果があった. */
	EFFECTIVE("effective"),
	/** 地方創生に対して効果がなかった. */
	NOT_EFFECTIVE("not-effective");

	private final String code;

	ProjectEffect(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return code;
	}

	@Override
	public String messageKey() {
		return "verification.effect." + code;
	}

}
