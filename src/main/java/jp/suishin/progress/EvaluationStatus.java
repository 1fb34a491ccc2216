package jp.suishin.progress;

import java.util.Locale;

import jp.suishin.kpi.Actual;

/**
 * The status of the evaluated actual: {@code confirmed | preliminary | pending | missing}
 * in the contract.
 */
public enum EvaluationStatus {

	CONFIRMED, PRELIMINARY, PENDING, MISSING;

	static EvaluationStatus of(Actual actual) {
		if (actual == null) {
			return MISSING;
		}
		return switch (actual.status()) {
			case CONFIRMED -> CONFIRMED;
			case PRELIMINARY -> PRELIMINARY;
			case PENDING -> PENDING;
		};
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
