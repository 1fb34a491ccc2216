package jp.suishin.progress;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property over many cases drawn from one seeded {@link Random}. A failing case
 * names the seed and the case number; {@code -Dsuishin.test.seed=...} replays it.
 */
final class SeededCases {

	static final String SEED_PROPERTY = "suishin.test.seed";

	private SeededCases() {
	}

	/** The seed of this run: the system property when given, otherwise a fresh one. */
	static long seed() {
		String given = System.getProperty(SEED_PROPERTY);
		return (given == null || given.isBlank()) ? new Random().nextLong() : Long.parseLong(given.trim());
	}

	static void check(int cases, Consumer<Random> property) {
		check(seed(), cases, property);
	}

	static void check(long seed, int cases, Consumer<Random> property) {
		Random random = new Random(seed);
		for (int i = 0; i < cases; i++) {
			try {
				property.accept(random);
			}
			catch (AssertionError | RuntimeException ex) {
				throw new AssertionError("case " + (i + 1) + " of " + cases + " failed with seed " + seed
						+ " (replay with -D" + SEED_PROPERTY + "=" + seed + "): " + ex.getMessage(), ex);
			}
		}
	}

	static int between(Random random, int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	static <T> T oneOf(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** Null with the given probability, otherwise the value. */
	static <T> T orNull(Random random, double nullProbability, T value) {
		return random.nextDouble() < nullProbability ? null : value;
	}

	static String alpha(Random random, int minLength, int maxLength) {
		int length = between(random, minLength, maxLength);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int letter = random.nextInt(52);
			text.append((char) (letter < 26 ? 'a' + letter : 'A' + letter - 26));
		}
		return text.toString();
	}

}
