package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import java.util.ArrayList;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

	@Test
	void oneThreeAndThreeOfSevenAreTwoFourAndFourTenths() {
		assertThat(LargestRemainder.apportion(List.of(1, 3, 3), 10)).containsExactly(2, 4, 4);
	}

	@Test
	void percentagesAddUpToAHundred() {
		assertThat(LargestRemainder.apportion(List.of(1, 3, 3), 100)).containsExactly(14, 43, 43);
	}

	@Test
	void nothingToShareGivesZeros() {
		assertThat(LargestRemainder.apportion(List.of(0, 0), 10)).containsExactly(0, 0);
	}

	/** Random counts from a fixed seed, so that a failure can be reproduced. */
	private static List<List<Integer>> randomCounts(int minimum) {
		Random random = new Random(20241123L);
		List<List<Integer>> cases = new ArrayList<>();
		for (int n = 0; n < 2000; n++) {
			List<Integer> counts = new ArrayList<>();
			int size = 1 + random.nextInt(8);
			for (int i = 0; i < size; i++) {
				counts.add(minimum + random.nextInt(501 - minimum));
			}
			cases.add(counts);
		}
		return cases;
	}

	@Test
	void sharesAlwaysAddUpToTheWhole() {
		Random units = new Random(7L);
		for (List<Integer> counts : randomCounts(0)) {
			int whole = 1 + units.nextInt(1000);
			List<Integer> shares = LargestRemainder.apportion(counts, whole);
			int total = counts.stream().mapToInt(Integer::intValue).sum();
			assertThat(shares.stream().mapToInt(Integer::intValue).sum()).as("%s of %d", counts, whole)
				.isEqualTo(total == 0 ? 0 : whole);
		}
	}

	@Test
	void eachShareIsWithinOneOfItsExactProportion() {
		for (List<Integer> counts : randomCounts(1)) {
			List<Integer> shares = LargestRemainder.apportion(counts, 100);
			int total = counts.stream().mapToInt(Integer::intValue).sum();
			for (int i = 0; i < counts.size(); i++) {
				double exact = counts.get(i) * 100.0 / total;
				assertThat((double) shares.get(i)).as("%s", counts).isBetween(Math.floor(exact), Math.floor(exact) + 1);
			}
		}
	}

}
