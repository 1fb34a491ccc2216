package jp.suishin.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.api.ApiModel.CellJson;
import jp.suishin.api.ApiModel.DonationBudgetJson;
import jp.suishin.api.ApiModel.FigureJson;
import jp.suishin.api.ApiModel.GradeJson;
import jp.suishin.api.ApiModel.KpiJson;
import jp.suishin.api.ApiModel.KpiListJson;
import jp.suishin.api.ApiModel.LintJson;
import jp.suishin.api.ApiModel.ListedKpiJson;
import jp.suishin.api.ApiModel.MemberJson;
import jp.suishin.api.ApiModel.NodeJson;
import jp.suishin.api.ApiModel.OrganisationJson;
import jp.suishin.api.ApiModel.PeriodJson;
import jp.suishin.api.ApiModel.PlanJson;
import jp.suishin.api.ApiModel.PlanSummaryJson;
import jp.suishin.api.ApiModel.ProgramJson;
import jp.suishin.api.ApiModel.ProgressJson;
import jp.suishin.api.ApiModel.RevisionJson;
import jp.suishin.api.ApiModel.RowJson;
import jp.suishin.api.ApiModel.SummaryJson;
import jp.suishin.api.ApiModel.ValueJson;
import jp.suishin.api.ApiModel.YearJson;
import jp.suishin.kpi.Kpi;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.YearParameter;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.GradeSummary;
import jp.suishin.progress.SchemeName;
import jp.suishin.report.KpiDetail;
import jp.suishin.report.KpiDetailQuery;
import jp.suishin.report.KpiList;
import jp.suishin.report.KpiListQuery;
import jp.suishin.report.PlanOutline;
import jp.suishin.report.PlanOutlineQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON under /api/v1. */
@RestController
@RequestMapping("/api/v1")
class ApiController {

	private final OrganisationRepository organisations;

	private final PlanRepository plans;

	private final PlanOutlineQuery outlines;

	private final KpiListQuery kpiLists;

	private final KpiDetailQuery details;

	ApiController(OrganisationRepository organisations, PlanRepository plans, PlanOutlineQuery outlines,
			KpiListQuery kpiLists, KpiDetailQuery details) {
		this.organisations = organisations;
		this.plans = plans;
		this.outlines = outlines;
		this.kpiLists = kpiLists;
		this.details = details;
	}

	@GetMapping("/organisations")
	List<OrganisationJson> organisations() {
		return organisations.findAll()
			.stream()
			.map(o -> new OrganisationJson(o.id(), o.key(), o.name(), o.kind().name(), code(o), o.parentId(),
					o.isCollaboration() ? organisations.membersOf(o.id())
						.stream()
						.map(m -> new MemberJson(m.member().id(), m.member().key(), m.member().name(), m.role().name(),
								code(m.member())))
						.toList() : null))
			.toList();
	}

	@GetMapping("/plans")
	List<PlanSummaryJson> plans() {
		Map<Long, String> names = organisations.findAll()
			.stream()
			.collect(Collectors.toMap(Organization::id, Organization::name));
		return plans.findAll()
			.stream()
			.map(p -> new PlanSummaryJson(p.id(), p.key(), p.name(), p.ownerId(), names.get(p.ownerId()),
					PeriodJson.of(p.period()), p.levelNames()))
			.toList();
	}

	@GetMapping("/plans/{id}")
	PlanJson plan(@PathVariable long id) {
		PlanOutline outline = outlines.outline(id);
		Plan plan = outline.tree().plan();
		DonationBudgetJson budget = plan.donationBudget() == null ? null
				: new DonationBudgetJson(plan.donationBudget().amount(), plan.donationBudget().unit().text(),
						plan.donationBudget().amountText(), PeriodJson.of(plan.donationBudget().period()),
						plan.donationBudget().note());
		return new PlanJson(plan.id(), plan.key(), plan.name(), plan.ownerId(), outline.owner().name(),
				PeriodJson.of(plan.period()), plan.levelNames(), plan.source(), plan.summary(), budget,
				outline.tree().roots().stream().map(n -> node(outline, n)).toList());
	}

	private NodeJson node(PlanOutline outline, PlanNode node) {
		return new NodeJson(node.id(), node.depth(), outline.tree().plan().levelName(node.depth()), node.code(),
				node.title(), node.summary(), node.area(), node.marks(), node.lead(),
				outline.tree()
					.programs(node.id())
					.stream()
					.map(p -> new ProgramJson(p.id(), p.name(), p.lead(), p.summary(), YearJson.of(p.year())))
					.toList(),
				outline.kpisOf(node.id())
					.stream()
					.map(l -> new ListedKpiJson(l.kpi().id(), l.kpi().key(), l.kpi().name(), l.relisted()))
					.toList(),
				outline.tree().children(node.id()).stream().map(c -> node(outline, c)).toList());
	}

	/**
	 * A KPI as the viewer may see it (the query decides: the public gets approved values
	 * of collected years only, and no logins).
	 */
	@GetMapping("/kpis/{id}")
	KpiJson kpi(@PathVariable long id, Viewer viewer) {
		KpiDetail detail = details.kpiDetail(viewer, id);
		Kpi kpi = detail.kpi();
		FigureJson baseline = kpi.baseline() == null ? null : new FigureJson(kpi.baseline().value(),
				YearJson.of(kpi.baseline().year()), QuantityFormat.format(kpi.baseline().value(), kpi.unit()));
		FigureJson target = kpi.target() == null ? null : new FigureJson(kpi.target().value(),
				YearJson.of(kpi.target().year()), QuantityFormat.format(kpi.target().value(), kpi.unit()));
		return new KpiJson(kpi.id(), kpi.key(), kpi.planId(), kpi.name(), kpi.unit().text(), kpi.direction().name(),
				kpi.aggregation().name(), baseline, target, kpi.department(), kpi.definition(),
				detail.values().stream().map(v -> ValueJson.of(kpi, v)).toList(),
				detail.milestones()
					.entrySet()
					.stream()
					.map(m -> new FigureJson(m.getValue(), YearJson.of(m.getKey()),
							QuantityFormat.format(m.getValue(), kpi.unit())))
					.toList(),
				detail.revisions()
					.stream()
					.map(r -> new RevisionJson(
							new FigureJson(r.value().value(), YearJson.of(r.value().year()),
									QuantityFormat.format(r.value().value(), kpi.unit())),
							r.revisedOn().toString(), r.reason(), r.revisedBy()))
					.toList());
	}

	/** A plan's KPI list, evaluated on the values the viewer may see. */
	@GetMapping("/plans/{id}/kpi-list")
	KpiListJson kpiList(@PathVariable long id, @RequestParam(required = false) String year,
			@RequestParam(required = false) String scheme, Viewer viewer, Locale locale) {
		Optional<String> chosen = SchemeName.parameter(scheme).orRefuse("scheme").map(SchemeName::value);
		Optional<FiscalYear> requested = YearParameter.of(year).orRefuse("year");
		KpiList list = kpiLists.kpiList(viewer, id, requested, chosen);
		List<RowJson> rows = list.rows()
			.stream()
			.map(r -> new RowJson(r.node().id(), r.node().title(), r.kpi().id(), r.kpi().key(), r.kpi().name(),
					r.relisted(), r.baseline(),
					r.cells()
						.stream()
						.map(c -> new CellJson(YearJson.of(c.year()),
								c.value() == null ? null : c.value().actual().status().name(),
								c.value() == null ? null : c.value().actual().amount().orElse(null), c.text()))
						.toList(),
					r.target(), ProgressJson.of(r.evaluation())))
			.toList();
		GradeSummary grades = list.evaluation().summary();
		SummaryJson summary = new SummaryJson(grades.unique(), grades.evaluated(), grades.pending(), grades.none(),
				grades.grades()
					.stream()
					.map(g -> new GradeJson(g.label(), g.code(), g.count(), g.percent(), g.tenths()))
					.toList());
		return new KpiListJson(list.plan().id(), list.plan().name(), list.evaluation().scheme().name(),
				YearJson.of(list.year()), list.columns().stream().map(YearJson::of).toList(), rows, summary,
				list.analysis(locale), list.analysisEdited(),
				list.evaluation()
					.lint()
					.stream()
					.map(l -> new LintJson(l.kpi(), l.kind().name(), l.message(locale)))
					.toList());
	}

	private static String code(Organization o) {
		return o.code() == null ? null : o.code().value();
	}

}
