package jp.suishin.kpi;

import java.util.Arrays;
import java.util.Optional;

/** Which way a KPI improves. */
public enum Direction {

	/** 増加: higher is better (転出超過数 ▲312 → ▲275 is increase too). */
	INCREASE("増加"),
	/** 減少: lower is better (a damage amount). */
	DECREASE("減少"),
	/** 維持: staying at the target is the aim (耕作面積の維持). */
	MAINTAIN("維持");

	private final String word;

	Direction(String word) {
		this.word = word;
	}

	/** How the plan documents write it: 増加, 減少, 維持. */
	public String word() {
		return word;
	}

	/** Reads 増加 / 減少 / 維持 or the code (INCREASE, DECREASE, MAINTAIN, in any case). */
	public static Optional<Direction> parse(String written) {
		if (written == null) {
			return Optional.empty();
		}
		String text = written.strip();
		return Arrays.stream(values()).filter(d -> d.word.equals(text) || d.name().equalsIgnoreCase(text)).findFirst();
	}

}
