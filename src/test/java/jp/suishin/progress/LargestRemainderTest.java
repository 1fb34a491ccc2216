package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

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

	@Property
	void sharesAlwaysAddUpToTheWhole(@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 500) Integer> counts,
			@ForAll @IntRange(min = 1, max = 1000) int units) {
		List<Integer> shares = LargestRemainder.apportion(counts, units);
		int total = counts.stream().mapToInt(Integer::intValue).sum();
		assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total == 0 ? 0 : units);
	}

	@Property
	void eachShareIsWithinOneOfItsExactProportion(
			@ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 500) Integer> counts) {
		List<Integer> shares = LargestRemainder.apportion(counts, 100);
		int total = counts.stream().mapToInt(Integer::intValue).sum();
		for (int i = 0; i < counts.size(); i++) {
			double exact = counts.get(i) * 100.0 / total;
			assertThat((double) shares.get(i)).isBetween(Math.floor(exact), Math.floor(exact) + 1);
		}
	}

}
