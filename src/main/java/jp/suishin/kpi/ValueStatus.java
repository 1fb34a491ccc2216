package jp.suishin.kpi;

import java.util.Locale;
import java.util.Optional;

/** The status of a yearly value. */
public enum ValueStatus {

	/** 確定. */
	CONFIRMED,
	/** 速報. */
	PRELIMINARY,
	/** 集計中. */
	PENDING;

	/** Reads the status as a form or file gives it; blank means confirmed. */
	public static Optional<ValueStatus> parse(String written) {
		if (written == null || written.isBlank()) {
			return Optional.of(CONFIRMED);
		}
		return switch (written.strip().toUpperCase(Locale.ROOT)) {
			case "CONFIRMED", "確定" -> Optional.of(CONFIRMED);
			case "PRELIMINARY", "速報" -> Optional.of(PRELIMINARY);
			case "PENDING", "集計中" -> Optional.of(PENDING);
			default -> Optional.empty();
		};
	}

}
