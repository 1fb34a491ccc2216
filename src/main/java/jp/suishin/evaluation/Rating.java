package jp.suishin.evaluation;

import java.text.Normalizer;

import jp.suishin.refusal.Validated;

/**
 * A rating of 必要性, 有効性 or 効率性 on a sheet's scale: 4 (best) to 1.
 */
public record Rating(int value) {

	public static final int BEST = 4;

	public static final int WORST = 1;

	public Rating {
		if (value < WORST || value > BEST) {
			throw new IllegalArgumentException("a rating runs from 4 to 1: " + value);
		}
	}

	/** Reads a rating as typed (full-width digits too); anything else is refused. */
	public static Validated<Rating> of(String written) {
		String s = written == null ? "" : Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
		if (s.isEmpty()) {
			return Validated.rejected("evaluation.rating.required");
		}
		if (s.matches("[1-4]")) {
			return Validated.valid(new Rating(Integer.parseInt(s)));
		}
		return Validated.rejected("evaluation.rating.out-of-scale", s);
	}

}
