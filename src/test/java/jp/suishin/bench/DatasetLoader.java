package jp.suishin.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
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
 * its KPIs, and the values through {@link RecordingActualValue} and its checks.
 */
public final class DatasetLoader {

	static final String USER = "bench";

	private final OrganisationRepository organisations;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final RecordingActualValue recording;

	public DatasetLoader(ApplicationContext app) {
		this.organisations = app.getBean(OrganisationRepository.class);
		this.plans = app.getBean(PlanRepository.class);
		this.kpis = app.getBean(KpiRepository.class);
		this.recording = app.getBean(RecordingActualValue.class);
	}

	/** Ids of the stored organisations and plans by the dataset's keys. */
	public record Loaded(Map<String, Long> organisationIds, Map<String, Long> planIds) {
	}

	public Loaded load(NationalDataset dataset) {
		Map<String, Long> organisationIds = new HashMap<>();
		for (NationalDataset.Org org : dataset.organisations()) {
			long id = organisations.add(new NewOrganization(org.key(), org.name(), org.kind(),
					org.code() == null ? null : LocalGovernmentCode.of(org.code()),
					org.parentKey() == null ? null : organisationIds.get(org.parentKey())));
			organisationIds.put(org.key(), id);
		}
		Map<String, Long> planIds = new HashMap<>();
		Size size = dataset.size();
		for (NationalDataset.GeneratedPlan plan : dataset.plans()) {
			long planId = plans.add(new NewPlan(plan.key(), plan.name(), organisationIds.get(plan.ownerKey()),
					new FiscalPeriod(FiscalYear.of(size.firstYear()), FiscalYear.of(size.lastYear())), List.of("基本目標"),
					null, null, null, Schemes.DEFAULT, BaselinePolicy.REVISED));
			planIds.put(plan.key(), planId);
			long nodeId = plans.addNode(new NewPlanNode(planId, null, 1, 1, "1", "基本目標1", null, null, List.of(), null));
			int position = 1;
			for (NationalDataset.GeneratedKpi kpi : plan.kpis()) {
				long kpiId = kpis.add(new NewKpi(planId, kpi.key(), kpi.name(), Unit.of(kpi.unit()), kpi.direction(),
						kpi.aggregation(), new Baseline(kpi.baseline(), FiscalYear.of(kpi.baselineYear())),
						new Target(kpi.target(), FiscalYear.of(kpi.targetYear())), null, null));
				kpis.addListing(nodeId, kpiId, position++, false);
				storeValues(kpiId, kpi, size);
			}
		}
		return new Loaded(organisationIds, planIds);
	}

	private void storeValues(long kpiId, NationalDataset.GeneratedKpi kpi, Size size) {
		for (int i = 0; i < kpi.values().length; i++) {
			if (kpi.values()[i] == null) {
				continue;
			}
			ValueEntry entry = new ValueEntry(kpiId, String.valueOf(size.firstYear() + i),
					kpi.values()[i].toPlainString(), null, null, null, null);
			if (recording.record(entry, USER) instanceof RecordingOutcome.Rejected rejected) {
				throw new IllegalStateException(kpi.key() + " " + (size.firstYear() + i) + ": " + rejected.problems());
			}
		}
	}

}
