package jp.suishin.kpi;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/** How a KPI's yearly values add up to what is evaluated. */
public enum Aggregation {

	/** 単年: each year's value on its own. */
	YEARLY(List.of("単年", "単年度", "年度")),
	/** 累計・延べ: summed over the plan. */
	CUMULATIVE(List.of("累計", "延べ", "累積", "累計・延べ")),
	/** 平均: an average, taken as entered. */
	AVERAGE(List.of("平均")),
	/** 設置数 and other stocks, taken as entered. */
	STOCK(List.of("ストック", "設置数", "設置数等", "設置数等（ストック）", "時点"));

	private final List<String> words;

	Aggregation(List<String> words) {
		this.words = words;
	}

	/** How plans write it: 単年, 累計, 平均, ストック. */
	public String word() {
		return words.get(0);
	}

	/** Reads the words plans write (単年, 累計, 延べ, 平均, 設置数 …) or the code, in any case. */
	public static Optional<Aggregation> parse(String written) {
		if (written == null) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
		for (Aggregation aggregation : values()) {
			if (aggregation.name().equalsIgnoreCase(text.replace('-', '_')) || aggregation.words.stream()
				.anyMatch(w -> Normalizer.normalize(w, Normalizer.Form.NFKC).equals(text))) {
				return Optional.of(aggregation);
			}
		}
		return Optional.empty();
	}

}
