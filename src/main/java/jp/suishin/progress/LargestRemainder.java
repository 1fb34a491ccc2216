package jp.suishin.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shares that add up to the whole (largest-remainder method): 1, 3 and 3 of 7 in tenths
 * are 2割, 4割, 4割, not the 1, 4, 4 that rounding each share would give.
 */
public final class LargestRemainder {

	private LargestRemainder() {
	}

	/**
	 * Splits {@code units} (10 for 割, 100 for %) in proportion to the counts. Ties in the
	 * remainder go to the larger count, then to the earlier one.
	 */
	public static List<Integer> apportion(List<Integer> counts, int units) {
		int total = counts.stream().mapToInt(Integer::intValue).sum();
		if (total == 0) {
			return counts.stream().map(c -> 0).toList();
		}
		List<Integer> shares = new ArrayList<>();
		List<BigDecimal> remainders = new ArrayList<>();
		for (int count : counts) {
			BigDecimal exact = BigDecimal.valueOf((long) count * units)
				.divide(BigDecimal.valueOf(total), 20, RoundingMode.DOWN);
			int whole = exact.intValue();
			shares.add(whole);
			remainders.add(exact.subtract(BigDecimal.valueOf(whole)));
		}
		int left = units - shares.stream().mapToInt(Integer::intValue).sum();
		List<Integer> order = IntStream.range(0, counts.size())
			.boxed()
			.sorted(Comparator.<Integer, BigDecimal>comparing(remainders::get)
				.reversed()
				.thenComparing(Comparator.<Integer, Integer>comparing(counts::get).reversed())
				.thenComparing(i -> i))
			.toList();
		for (int i = 0; i < left; i++) {
			int index = order.get(i);
			shares.set(index, shares.get(index) + 1);
		}
		return shares;
	}

}
