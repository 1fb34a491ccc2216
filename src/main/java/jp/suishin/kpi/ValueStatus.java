package jp.suishin.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The status of a yearly value. */
public enum ValueStatus {

	/** 確定. */
	CONFIRMED("確定"),
	/** 速報. */
	PRELIMINARY("速報"),
	/** 集計中. */
	PENDING("集計中");

	private final String word;

	ValueStatus(String word) {
		this.word = word;
	}

	/** How tables write it: 確定, 速報, 集計中. */
	public String word() {
		return word;
	}

	/** Reads the status as a form or file gives it; blank means confirmed. */
	public static Optional<ValueStatus> parse(String written) {
		if (written == null || written.isBlank()) {
			return Optional.of(CONFIRMED);
		}
		String text = written.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(s -> s.name().equals(text) || s.word.equals(text)).findFirst();
	}

}
