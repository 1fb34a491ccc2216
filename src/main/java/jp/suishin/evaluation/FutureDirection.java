package jp.suishin.evaluation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import jp.suishin.refusal.Validated;

/** 今後の方向性: the closed list a sheet's stage or the decision chooses from. */
public enum FutureDirection {

	/** 拡充 */
	EXPAND("expand", "拡充"),
	/** 継続 */
	CONTINUE("continue", "継続"),
	/** 改善して継続 */
	IMPROVE("improve", "改善して継続"),
	/** 縮小 */
	REDUCE("reduce", "縮小"),
	/** 廃止・終了 */
	END("end", "廃止・終了");

	private final String code;

	private final String japanese;

	FutureDirection(String code, String japanese) {
		this.code = code;
		this.japanese = japanese;
	}

	public String code() {
		return code;
	}

	/** The label as the sheets print it (改善して継続), whatever the reader's language. */
	public String japanese() {
		return japanese;
	}

	public String messageKey() {
		return "evaluation.direction." + code;
	}

	/**
	 * Reads a direction by its code ({@code improve}), its constant or its Japanese
	 * label; anything else is refused naming what was written.
	 */
	public static Validated<FutureDirection> of(String written) {
		String s = written == null ? "" : Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
		if (s.isEmpty()) {
			return Validated.rejected("evaluation.direction.required");
		}
		return Arrays.stream(values())
			.filter(d -> d.code.equals(s.toLowerCase(Locale.ROOT)) || d.name().equalsIgnoreCase(s)
					|| Normalizer.normalize(d.japanese, Normalizer.Form.NFKC).equals(s))
			.findFirst()
			.<Validated<FutureDirection>>map(Validated::valid)
			.orElseGet(() -> Validated.rejected("evaluation.direction.unknown", s));
	}

}
