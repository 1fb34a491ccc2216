package jp.suishin.linkage;

import java.time.Instant;

/**
 * That a parent KPI is computed from its contributors, and how.
 *
 * @param weightKpiId for {@link ComputationMethod#WEIGHTED_MEAN}: the KPI whose
 * contributors give each organisation's weight; {@code null} for a sum
 */
public record Computation(long kpiId, ComputationMethod method, Long weightKpiId, Instant updatedAt, String updatedBy) {

	public Computation {
		if (method == ComputationMethod.WEIGHTED_MEAN && weightKpiId == null) {
			throw new IllegalArgumentException("a weighted mean needs its weight KPI");
		}
		if (method == ComputationMethod.SUM && weightKpiId != null) {
			throw new IllegalArgumentException("a sum has no weight KPI");
		}
	}

}
