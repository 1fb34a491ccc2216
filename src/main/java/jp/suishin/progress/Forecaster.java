package jp.suishin.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/**
 * Projects a KPI to its target year from its measured values up to the evaluation year:
 * least squares over the last up to five values (exact in BigDecimal), and compound
 * growth where all of them are positive (a root, computed in double and kept to six
 * decimals). The outlook comes from the linear projection's progress toward the target.
 */
final class Forecaster {

	static final int WINDOW = 5;

	private static final BigDecimal ON_TRACK = BigDecimal.valueOf(100);

	private static final BigDecimal AT_RISK = BigDecimal.valueOf(90);

	private Forecaster() {
	}

	static Forecast forecast(KpiFigures kpi, FiscalYear year) {
		FiscalYear targetYear = kpi.target() == null ? null : kpi.target().year();
		NavigableMap<FiscalYear, BigDecimal> series = EvaluatedActual.series(kpi, year);
		List<Map.Entry<FiscalYear, BigDecimal>> points = new ArrayList<>(series.entrySet());
		points = points.subList(Math.max(0, points.size() - WINDOW), points.size());
		if (points.size() < 2 || targetYear == null) {
			return Forecast.unknown(targetYear, points.size());
		}
		BigDecimal linear = linear(points, targetYear);
		BigDecimal compound = compound(points, targetYear);
		Optional<BigDecimal> progress = Measures.ratio(linear, kpi.targetValue(), kpi.direction())
			.or(() -> Measures.improvement(linear, kpi.baselineValue(), kpi.targetValue()));
		Outlook outlook = progress.map(p -> p.compareTo(ON_TRACK) >= 0 ? Outlook.ON_TRACK
				: p.compareTo(AT_RISK) >= 0 ? Outlook.AT_RISK : Outlook.UNLIKELY)
			.orElse(Outlook.UNKNOWN);
		return new Forecast(targetYear, linear, compound, points.size(), outlook);
	}

	static BigDecimal linear(List<Map.Entry<FiscalYear, BigDecimal>> points, FiscalYear at) {
		BigDecimal n = BigDecimal.valueOf(points.size());
		BigDecimal sumX = BigDecimal.ZERO;
		BigDecimal sumY = BigDecimal.ZERO;
		for (Map.Entry<FiscalYear, BigDecimal> p : points) {
			sumX = sumX.add(BigDecimal.valueOf(p.getKey().value()));
			sumY = sumY.add(p.getValue());
		}
		BigDecimal meanX = Measures.divide(sumX, n);
		BigDecimal meanY = Measures.divide(sumY, n);
		BigDecimal covariance = BigDecimal.ZERO;
		BigDecimal variance = BigDecimal.ZERO;
		for (Map.Entry<FiscalYear, BigDecimal> p : points) {
			BigDecimal dx = BigDecimal.valueOf(p.getKey().value()).subtract(meanX);
			covariance = covariance.add(dx.multiply(p.getValue().subtract(meanY)));
			variance = variance.add(dx.multiply(dx));
		}
		BigDecimal slope = Measures.divide(covariance, variance);
		return meanY.add(slope.multiply(BigDecimal.valueOf(at.value()).subtract(meanX)))
			.setScale(Measures.SCALE, RoundingMode.HALF_UP);
	}

	static BigDecimal compound(List<Map.Entry<FiscalYear, BigDecimal>> points, FiscalYear at) {
		Map.Entry<FiscalYear, BigDecimal> first = points.get(0);
		Map.Entry<FiscalYear, BigDecimal> last = points.get(points.size() - 1);
		if (points.stream().anyMatch(p -> p.getValue().signum() <= 0)) {
			return null;
		}
		int span = last.getKey().value() - first.getKey().value();
		double growth = Math.pow(last.getValue().doubleValue() / first.getValue().doubleValue(), 1.0 / span);
		double projected = last.getValue().doubleValue() * Math.pow(growth, at.value() - last.getKey().value());
		if (!Double.isFinite(projected)) {
			return null;
		}
		return BigDecimal.valueOf(projected).setScale(6, RoundingMode.HALF_UP);
	}

}
