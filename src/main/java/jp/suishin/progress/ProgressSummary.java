package jp.suishin.progress;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary under a KPI list: how many KPIs (re-listed rows counted once) fall in each
 * band, and each band's share in 割 and in % so that the shares add up to the whole.
 */
public record ProgressSummary(int total, List<BandShare> bands) {

	public ProgressSummary {
		bands = List.copyOf(bands);
	}

	/** One band: its count and its shares of the whole in tenths (割) and percent. */
	public record BandShare(ProgressBand band, int count, int tenths, int percent) {
	}

	/** Summarises the progress of each unique KPI. */
	public static ProgressSummary of(List<Progress> uniqueKpis) {
		Map<ProgressBand, Integer> counts = new EnumMap<>(ProgressBand.class);
		for (ProgressBand band : ProgressBand.values()) {
			counts.put(band, 0);
		}
		uniqueKpis.forEach(p -> counts.merge(p.band(), 1, Integer::sum));
		List<ProgressBand> present = new ArrayList<>();
		List<Integer> presentCounts = new ArrayList<>();
		counts.forEach((band, count) -> {
			if (count > 0) {
				present.add(band);
				presentCounts.add(count);
			}
		});
		List<Integer> tenths = LargestRemainder.apportion(presentCounts, 10);
		List<Integer> percents = LargestRemainder.apportion(presentCounts, 100);
		List<BandShare> shares = new ArrayList<>();
		for (int i = 0; i < present.size(); i++) {
			shares.add(new BandShare(present.get(i), presentCounts.get(i), tenths.get(i), percents.get(i)));
		}
		return new ProgressSummary(uniqueKpis.size(), shares);
	}

	public int count(ProgressBand band) {
		return bands.stream().filter(b -> b.band() == band).mapToInt(BandShare::count).sum();
	}

	public int achieved() {
		return count(ProgressBand.ACHIEVED);
	}

	public int pending() {
		return count(ProgressBand.PENDING);
	}

	public int notEvaluable() {
		return count(ProgressBand.NOT_EVALUABLE);
	}

	/** KPIs with a rate of 80％ or more (the achieved ones included). */
	public int atLeast80() {
		return count(ProgressBand.ACHIEVED) + count(ProgressBand.AT_LEAST_80);
	}

	/** KPIs that have a rate. */
	public int rated() {
		return atLeast80() + count(ProgressBand.BELOW_80);
	}

}
