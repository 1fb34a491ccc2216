package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalYear;

/**
 * What grade rules look at for one KPI in one year: the evaluated actual, the baseline
 * and target, and the measures (computed once). The ratio measure falls back to
 * improvement when the ratio is undefined, and says so.
 */
public final class Facts {

	private final KpiFigures kpi;

	private final BigDecimal actual;

	private final Map<Measure, Optional<BigDecimal>> measures = new EnumMap<>(Measure.class);

	private final boolean ratioFellBack;

	private final Milestone milestone;

	Facts(KpiFigures kpi, FiscalYear year, BigDecimal actual, boolean interpolateMilestones) {
		this.kpi = kpi;
		this.actual = actual;
		this.milestone = Milestone.of(kpi, year, interpolateMilestones);
		BigDecimal milestoneValue = milestone == null ? null : milestone.value();
		measures.put(Measure.MILESTONE_RATIO, Measures.ratio(actual, milestoneValue, kpi.direction()));
		measures.put(Measure.MILESTONE_IMPROVEMENT,
				Measures.improvement(actual, kpi.baselineValue(), milestoneValue)
					.or(() -> milestoneValue != null && kpi.baselineValue() != null
							&& milestoneValue.compareTo(kpi.baselineValue()) == 0
									? Measures.ratio(actual, milestoneValue, kpi.direction()) : Optional.empty()));
		BigDecimal baseline = kpi.baselineValue();
		BigDecimal target = kpi.targetValue();
		Optional<BigDecimal> improvement = Measures.improvement(actual, baseline, target);
		Optional<BigDecimal> ratio = Measures.ratio(actual, target, kpi.direction());
		this.ratioFellBack = ratio.isEmpty() && improvement.isPresent();
		measures.put(Measure.RATIO, ratio.or(() -> improvement));
		measures.put(Measure.IMPROVEMENT, improvement);
		measures.put(Measure.PACE,
				Measures.pace(year, actual, baseline, kpi.baseline() == null ? null : kpi.baseline().year(), target,
						kpi.target() == null ? null : kpi.target().year(), kpi.direction(), kpi.aggregation()));
	}

	public Optional<BigDecimal> measure(Measure measure) {
		return measures.get(measure);
	}

	/**
	 * The method a measure was actually computed with: ratio may have fallen back to
	 * improvement.
	 */
	public Measure methodOf(Measure measure) {
		return measure == Measure.RATIO && ratioFellBack ? Measure.IMPROVEMENT : measure;
	}

	/** The milestone of the year the actual belongs to, or {@code null}. */
	public Milestone milestone() {
		return milestone;
	}

	Optional<Boolean> milestoneReached() {
		if (milestone == null) {
			return Optional.empty();
		}
		int comparison = actual.compareTo(milestone.value());
		return Optional.of(kpi.direction() == Direction.DECREASE ? comparison <= 0 : comparison >= 0);
	}

	public boolean hasBaseline() {
		return kpi.baselineValue() != null;
	}

	Optional<Boolean> targetReached() {
		BigDecimal target = kpi.targetValue();
		if (target == null) {
			return Optional.empty();
		}
		int comparison = actual.compareTo(target);
		return Optional.of(kpi.direction() == Direction.DECREASE ? comparison <= 0 : comparison >= 0);
	}

	Optional<Boolean> betterThanBaseline() {
		BigDecimal baseline = kpi.baselineValue();
		if (baseline == null) {
			return Optional.empty();
		}
		int comparison = actual.compareTo(baseline);
		return Optional.of(kpi.direction() == Direction.DECREASE ? comparison < 0 : comparison > 0);
	}

	Optional<BigDecimal> distanceFromBaselinePercent() {
		BigDecimal baseline = kpi.baselineValue();
		if (baseline == null) {
			return Optional.empty();
		}
		BigDecimal distance = actual.subtract(baseline).abs();
		if (baseline.signum() == 0) {
			return Optional.of(distance.signum() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(Long.MAX_VALUE));
		}
		return Optional.of(Measures.divide(distance, baseline.abs()).multiply(Measures.HUNDRED));
	}

}
