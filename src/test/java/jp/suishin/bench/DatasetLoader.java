package jp.suishin.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.NewListing;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.Schemes;

import org.springframework.context.ApplicationContext;

/**
 * Stores the national dataset through the application's own repositories and use cases,
 * as an import would: organisations, one plan per organisation with one node listing all
 * its KPIs (added a plan at a time, {@link KpiRepository#addAll}), and the values through
 * the bulk import path {@link ImportingValues} and its checks, a batch of plans at a
 * time.
 */
public final class DatasetLoader {

	static final String USER = "bench";

	/** Plans whose values go in as one batch (one transaction): about 100,000 values. */
	static final int PLANS_PER_BATCH = 100;

	private final OrganisationRepository organisations;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final ImportingValues importing;

	public DatasetLoader(ApplicationContext app) {
		this.organisations = app.getBean(OrganisationRepository.class);
		this.plans = app.getBean(PlanRepository.class);
		this.kpis = app.getBean(KpiRepository.class);
		this.importing = app.getBean(ImportingValues.class);
	}

	/**
	 * Ids of the stored organisations and plans by the dataset's keys, and of each plan's
	 * KPIs in the dataset's order.
	 */
	public record Loaded(Map<String, Long> organisationIds, Map<String, Long> planIds, Map<String, List<Long>> kpiIds) {
	}

	/** Everything: organisations, plans, KPIs and values. */
	public Loaded load(NationalDataset dataset) {
		Loaded loaded = loadStructure(dataset);
		loadValues(dataset, loaded);
		return loaded;
	}

	/** Organisations, plans, their nodes, KPIs and listings; no values. */
	public Loaded loadStructure(NationalDataset dataset) {
		Map<String, Long> organisationIds = new HashMap<>();
		for (NationalDataset.Org org : dataset.organisations()) {
			long id = organisations.add(new NewOrganization(org.key(), org.name(), org.kind(),
					org.code() == null ? null : LocalGovernmentCode.of(org.code()),
					org.parentKey() == null ? null : organisationIds.get(org.parentKey())));
			organisationIds.put(org.key(), id);
		}
		Map<String, Long> planIds = new HashMap<>();
		Map<String, List<Long>> kpiIds = new HashMap<>();
		Size size = dataset.size();
		for (NationalDataset.GeneratedPlan plan : dataset.plans()) {
			long planId = plans.add(new NewPlan(plan.key(), plan.name(), organisationIds.get(plan.ownerKey()),
					new FiscalPeriod(FiscalYear.of(size.firstYear()), FiscalYear.of(size.lastYear())), List.of("基本目標"),
					null, null, null, Schemes.DEFAULT, BaselinePolicy.REVISED));
			planIds.put(plan.key(), planId);
			long nodeId = plans.addNode(new NewPlanNode(planId, null, 1, 1, "1", "基本目標1", null, null, List.of(), null));
			List<NewKpi> added = new ArrayList<>(plan.kpis().size());
			for (NationalDataset.GeneratedKpi kpi : plan.kpis()) {
				added.add(new NewKpi(planId, kpi.key(), kpi.name(), Unit.of(kpi.unit()), kpi.direction(),
						kpi.aggregation(), new Baseline(kpi.baseline(), FiscalYear.of(kpi.baselineYear())),
						new Target(kpi.target(), FiscalYear.of(kpi.targetYear())), null, null));
			}
			List<Long> ids = kpis.addAll(added);
			List<NewListing> listings = new ArrayList<>(ids.size());
			for (int i = 0; i < ids.size(); i++) {
				listings.add(new NewListing(nodeId, ids.get(i), i + 1, false));
			}
			kpis.addListings(listings);
			kpiIds.put(plan.key(), ids);
		}
		return new Loaded(organisationIds, planIds, kpiIds);
	}

	/**
	 * The values, through {@link ImportingValues}, {@link #PLANS_PER_BATCH} plans per
	 * batch.
	 * @return how many values were stored
	 */
	public long loadValues(NationalDataset dataset, Loaded loaded) {
		long stored = 0;
		List<NationalDataset.GeneratedPlan> all = dataset.plans();
		for (int from = 0; from < all.size(); from += PLANS_PER_BATCH) {
			List<ValueEntry> entries = new ArrayList<>();
			for (NationalDataset.GeneratedPlan plan : all.subList(from, Math.min(all.size(), from + PLANS_PER_BATCH))) {
				entries(dataset.size(), plan, loaded.kpiIds().get(plan.key()), entries);
			}
			ImportingValues.Outcome outcome = importing.importAll(entries, USER);
			if (outcome instanceof ImportingValues.Outcome.Refused refused) {
				throw new IllegalStateException("the generated values were refused: "
						+ refused.problems().subList(0, Math.min(5, refused.problems().size())));
			}
			stored += ((ImportingValues.Outcome.Stored) outcome).count();
		}
		return stored;
	}

	private static void entries(Size size, NationalDataset.GeneratedPlan plan, List<Long> kpiIds,
			List<ValueEntry> entries) {
		for (int k = 0; k < plan.kpis().size(); k++) {
			NationalDataset.GeneratedKpi kpi = plan.kpis().get(k);
			for (int i = 0; i < kpi.values().length; i++) {
				if (kpi.values()[i] != null) {
					entries.add(new ValueEntry(kpiIds.get(k), String.valueOf(size.firstYear() + i),
							kpi.values()[i].toPlainString(), null, null, null, null));
				}
			}
		}
	}

}
