package jp.suishin.progress;

import java.math.BigDecimal;
import java.util.Optional;

import jp.suishin.kpi.Direction;
import jp.suishin.notation.FiscalYear;

/**
 * What grade rules look at for one KPI in one year: the evaluated actual, the baseline
 * and target, and the measures (each computed once, when a rule or the caller first
 * asks). The ratio measure falls back to improvement when the ratio is undefined, and
 * says so.
 */
public final class Facts {

	private final KpiFigures kpi;

	private final FiscalYear year;

	private final BigDecimal actual;

	private final boolean interpolateMilestones;

	/**
	 * Each measure once it was asked for, undivided (most schemes look at one or two of
	 * them, and a rule only compares them): {@link #NONE} where it is undefined.
	 */
	private final Measures.Fraction[] fractions = new Measures.Fraction[MEASURES.length];

	/** The measures' values, each divided once when it was asked for. */
	private Optional<BigDecimal>[] measures;

	private static final Measure[] MEASURES = Measure.values();

	private static final Measures.Fraction NONE = new Measures.Fraction(BigDecimal.ZERO, BigDecimal.ONE);

	private boolean ratioFellBack;

	private Milestone milestone;

	private boolean milestoneKnown;

	Facts(KpiFigures kpi, FiscalYear year, BigDecimal actual, boolean interpolateMilestones) {
		this.kpi = kpi;
		this.year = year;
		this.actual = actual;
		this.interpolateMilestones = interpolateMilestones;
	}

	@SuppressWarnings("unchecked")
	public Optional<BigDecimal> measure(Measure measure) {
		if (measures == null) {
			// only when a value is asked for: grading alone compares, it never divides
			measures = new Optional[MEASURES.length];
		}
		Optional<BigDecimal> known = measures[measure.ordinal()];
		if (known == null) {
			Measures.Fraction fraction = fraction(measure);
			known = fraction == null ? Optional.empty() : Optional.of(fraction.value());
			measures[measure.ordinal()] = known;
		}
		return known;
	}

	/**
	 * How a measure compares with a threshold (the sign of measure − threshold), exactly
	 * as {@link #measure} would compare; empty where the measure is undefined.
	 */
	Optional<Integer> compare(Measure measure, BigDecimal threshold) {
		Optional<BigDecimal> known = measures == null ? null : measures[measure.ordinal()];
		if (known != null) {
			return known.map(value -> value.compareTo(threshold));
		}
		Measures.Fraction fraction = fraction(measure);
		return fraction == null ? Optional.empty() : Optional.of(fraction.compareTo(threshold));
	}

	private Measures.Fraction fraction(Measure measure) {
		Measures.Fraction known = fractions[measure.ordinal()];
		if (known == null) {
			known = compute(measure);
			fractions[measure.ordinal()] = known == null ? NONE : known;
			return known;
		}
		return known == NONE ? null : known;
	}

	private Measures.Fraction compute(Measure measure) {
		BigDecimal baseline = kpi.baselineValue();
		BigDecimal target = kpi.targetValue();
		switch (measure) {
			case MILESTONE_RATIO:
				return Measures.ratioFraction(actual, milestoneValue(), kpi.direction());
			case MILESTONE_IMPROVEMENT: {
				BigDecimal milestoneValue = milestoneValue();
				Measures.Fraction improvement = Measures.improvementFraction(actual, baseline, milestoneValue);
				if (improvement == null && milestoneValue != null && baseline != null
						&& milestoneValue.compareTo(baseline) == 0) {
					return Measures.ratioFraction(actual, milestoneValue, kpi.direction());
				}
				return improvement;
			}
			case RATIO: {
				Measures.Fraction ratio = Measures.ratioFraction(actual, target, kpi.direction());
				if (ratio != null) {
					return ratio;
				}
				Measures.Fraction improvement = fraction(Measure.IMPROVEMENT);
				this.ratioFellBack = improvement != null;
				return improvement;
			}
			case IMPROVEMENT:
				return Measures.improvementFraction(actual, baseline, target);
			case PACE:
				return Measures.paceFraction(year, actual, baseline,
						kpi.baseline() == null ? null : kpi.baseline().year(), target,
						kpi.target() == null ? null : kpi.target().year(), kpi.direction(), kpi.aggregation());
			default:
				throw new IllegalArgumentException(measure.name());
		}
	}

	private BigDecimal milestoneValue() {
		Milestone milestone = milestone();
		return milestone == null ? null : milestone.value();
	}

	/**
	 * The method a measure was actually computed with: ratio may have fallen back to
	 * improvement.
	 */
	public Measure methodOf(Measure measure) {
		if (measure == Measure.RATIO) {
			fraction(Measure.RATIO);
		}
		return measure == Measure.RATIO && ratioFellBack ? Measure.IMPROVEMENT : measure;
	}

	/** The milestone of the year the actual belongs to, or {@code null}. */
	public Milestone milestone() {
		if (!milestoneKnown) {
			milestone = Milestone.of(kpi, year, interpolateMilestones);
			milestoneKnown = true;
		}
		return milestone;
	}

	Optional<Boolean> milestoneReached() {
		Milestone milestone = milestone();
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
		return Optional.of(new Measures.Fraction(distance, baseline.abs()).value());
	}

	/**
	 * How {@link #distanceFromBaselinePercent()} compares with a share, exactly as it
	 * would, without dividing where it need not.
	 */
	Optional<Integer> compareDistanceFromBaseline(BigDecimal percent) {
		BigDecimal baseline = kpi.baselineValue();
		if (baseline == null || baseline.signum() == 0) {
			return distanceFromBaselinePercent().map(distance -> distance.compareTo(percent));
		}
		return Optional.of(new Measures.Fraction(actual.subtract(baseline).abs(), baseline.abs()).compareTo(percent));
	}

}
