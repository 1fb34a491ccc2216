package jp.suishin.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
		int size = counts.size();
		long total = 0;
		for (int count : counts) {
			total += count;
		}
		List<Integer> shares = new ArrayList<>(size);
		if (total == 0) {
			for (int i = 0; i < size; i++) {
				shares.add(0);
			}
			return shares;
		}
		// every exact share is count × units ÷ total: its whole part and its remainder
		// (over the same total, so remainders compare as integers, exactly)
		long[] remainders = new long[size];
		int left = units;
		for (int i = 0; i < size; i++) {
			long scaled = (long) counts.get(i) * units;
			int whole = (int) (scaled / total);
			shares.add(whole);
			remainders[i] = scaled % total;
			left -= whole;
		}
		List<Integer> order = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingLong(i -> remainders[i])
			.reversed()
			.thenComparing(Comparator.<Integer>comparingInt(counts::get).reversed())
			.thenComparingInt(i -> i));
		for (int i = 0; i < left; i++) {
			int index = order.get(i);
			shares.set(index, shares.get(index) + 1);
		}
		return shares;
	}

}
