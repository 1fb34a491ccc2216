package jp.suishin.linkage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the links between KPIs and the parents' computations are kept. Every read over
 * many KPIs is one statement, whatever their number.
 */
public interface KpiLinks {

	/** Stores a link; the caller has checked it ({@code LinkingKpis}). */
	long add(long kpiId, long linkedKpiId, LinkKind kind, String actor);

	Optional<KpiLink> find(long linkId);

	/** Removes a link; false when there was none. */
	boolean remove(long linkId);

	/** The links at either end of a KPI, oldest first. */
	List<KpiLink> ofKpi(long kpiId);

	/** The links at either end of any of the KPIs, in one statement. */
	List<KpiLink> ofKpis(Collection<Long> kpiIds);

	/**
	 * The KPIs contributing to any of the KPIs, in one statement: the links of kind
	 * {@link LinkKind#CONTRIBUTES_TO} whose {@code linkedKpiId} is one of them.
	 */
	List<KpiLink> contributorsOf(Collection<Long> kpiIds);

	/**
	 * Every KPI the given one reaches by following {@link LinkKind#CONTRIBUTES_TO} links
	 * upwards (to what it contributes to, and on), in one statement per level of links:
	 * what a new contribution would close a cycle through.
	 */
	Set<Long> contributesUpTo(long kpiId);

	/**
	 * One indicator across organisations, in one statement per level of links (not per
	 * KPI) and one more: the KPI, every KPI joined to it by
	 * {@link LinkKind#SAME_INDICATOR} links in either direction (and on, through those),
	 * and every KPI contributing to any of them.
	 */
	Set<Long> indicatorOf(long kpiId);

	Optional<Computation> computation(long kpiId);

	/** The computations of any of the KPIs, by KPI, in one statement. */
	Map<Long, Computation> computations(Collection<Long> kpiIds);

	/** Sets how a KPI is computed (replacing what was set). */
	void saveComputation(long kpiId, ComputationMethod method, Long weightKpiId, String actor);

	/** The KPI is no longer computed; false when it was not. */
	boolean removeComputation(long kpiId);

}
