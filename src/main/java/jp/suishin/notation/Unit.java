package jp.suishin.notation;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The unit a KPI's values are written in, such as {@code 千人}, {@code 万人}, {@code ha},
 * {@code ％} or {@code 百万円}. A scale word (万, 千, 百万 …) is part of how a value is written,
 * not a different quantity: a unit is a power of ten times a base unit, so
 * {@code 12,320,000人} and {@code 1,232万人} are the same amount.
 *
 * @param text the unit as the plan writes it, used for display
 * @param exponent the power of ten of the scale word ({@code 万} is 4)
 * @param base the base unit, normalised for comparison ({@code 人}, {@code ha}, {@code %},
 * {@code カ所})
 */
public record Unit(String text, int exponent, String base) {

	public static final Unit NONE = new Unit("", 0, "");

	private static final List<Map.Entry<String, Integer>> SCALE_WORDS = List.of(Map.entry("兆", 12), Map.entry("千万", 7),
			Map.entry("百万", 6), Map.entry("十万", 5), Map.entry("億", 8), Map.entry("万", 4), Map.entry("千", 3));

	private static final Map<String, String> SYNONYMS = Map.of("ヶ所", "カ所", "ケ所", "カ所", "か所", "カ所", "箇所", "カ所", "ヵ所",
			"カ所", "ｈａ", "ha", "HA", "ha");

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	/**
	 * Units as read, by how they were written: a national read meets the same few units
	 * on every one of its KPIs. Bounded: beyond it units are read afresh.
	 */
	private static final Map<String, Unit> READ = new ConcurrentHashMap<>();

	private static final int READ_AT_MOST = 10_000;

	/** Reads a unit as written after a number or in a KPI definition. */
	public static Unit of(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		Unit known = READ.get(text);
		if (known != null) {
			return known;
		}
		Unit unit = read(text);
		if (READ.size() < READ_AT_MOST) {
			READ.put(text, unit);
		}
		return unit;
	}

	private static Unit read(String text) {
		String display = text.strip();
		String s = normalise(display);
		for (Map.Entry<String, Integer> word : SCALE_WORDS) {
			if (s.equals(word.getKey())) {
				return new Unit(display, word.getValue(), "");
			}
			if (s.startsWith(word.getKey()) && s.length() > word.getKey().length()) {
				return new Unit(display, word.getValue(), canonicalBase(s.substring(word.getKey().length())));
			}
		}
		return new Unit(display, 0, canonicalBase(s));
	}

	static String normalise(String text) {
		return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
	}

	private static String canonicalBase(String base) {
		return SYNONYMS.getOrDefault(base, base);
	}

	/**
	 * Whether an amount written in {@code other} can be expressed in this unit: the same
	 * base unit, or a bare scale word ({@code 1,232万} for a KPI in 万人).
	 */
	public boolean isCompatibleWith(Unit other) {
		return base.equals(other.base) || (other.base.isEmpty() && other.exponent > 0);
	}

	public boolean isPercentage() {
		return base.equals("%");
	}

	public boolean isNone() {
		return base.isEmpty() && exponent == 0;
	}

	@Override
	public String toString() {
		return text;
	}

}
