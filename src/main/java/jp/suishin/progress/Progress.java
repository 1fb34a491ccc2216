package jp.suishin.progress;

import java.math.BigDecimal;

import jp.suishin.notation.QuantityFormat;

/** 進捗率 of a KPI in a report year. */
public sealed interface Progress {

	ProgressBand band();

	/** As the report prints it: {@code 99.9％}, or {@code －％} when there is no rate. */
	default String display() {
		return NO_RATE;
	}

	/** A rate, exact; rounded half-up to one decimal only for display. */
	record Rated(BigDecimal percent) implements Progress {

		private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

		private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

		@Override
		public ProgressBand band() {
			if (percent.compareTo(HUNDRED) >= 0) {
				return ProgressBand.ACHIEVED;
			}
			return percent.compareTo(EIGHTY) >= 0 ? ProgressBand.AT_LEAST_80 : ProgressBand.BELOW_80;
		}

		@Override
		public String display() {
			return QuantityFormat.percent(percent);
		}

	}

	/**
	 * The report year's value is 集計中: the KPI is pending even when an earlier year has a
	 * value.
	 */
	record Pending(Integer expectedMonth) implements Progress {

		@Override
		public ProgressBand band() {
			return ProgressBand.PENDING;
		}

	}

	/** No rate can be given; the reason says why. */
	record NotEvaluable(Reason reason) implements Progress {

		@Override
		public ProgressBand band() {
			return ProgressBand.NOT_EVALUABLE;
		}

	}

	/** Why a KPI has no rate. */
	enum Reason {

		/** No value for the report year. */
		NO_VALUE,
		/** The plan sets no target. */
		NO_TARGET,
		/** A ratio of zero or negative figures means nothing (転出超過数 ▲312). */
		NOT_POSITIVE

	}

	String NO_RATE = "－％";

}
