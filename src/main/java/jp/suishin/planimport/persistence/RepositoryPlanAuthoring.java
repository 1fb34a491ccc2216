package jp.suishin.planimport.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.NewListing;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.planimport.PlanAuthoring;
import jp.suishin.progress.Schemes;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Stand-in for the plan authoring use cases until they are merged: creates through the
 * repositories, checks a KPI's fields with the value objects' own rules. Replaced by the
 * adapter onto {@code jp.suishin.authoring}.
 */
final class RepositoryPlanAuthoring implements PlanAuthoring {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final AccessPolicy access;

	RepositoryPlanAuthoring(PlanRepository plans, KpiRepository kpis, AccessPolicy access) {
		this.plans = plans;
		this.kpis = kpis;
		this.access = access;
	}

	@Override
	public long createPlan(Viewer viewer, long ownerId, String name, FiscalPeriod period, List<String> levelNames,
			String source) {
		access.requirePlan(viewer, ownerId);
		return plans.add(new NewPlan("import-" + UUID.randomUUID().toString().substring(0, 13), name, ownerId, period,
				levelNames, source, null, null, Schemes.DEFAULT, BaselinePolicy.REVISED));
	}

	@Override
	public long addNode(Viewer viewer, long planId, Long parentId, String title, int depth, int position) {
		return plans
			.addNode(new NewPlanNode(planId, parentId, depth, position, null, title, null, null, List.of(), null));
	}

	@Override
	public List<Long> addKpis(Viewer viewer, long planId, List<Placed> placed) {
		List<FieldProblem> problems = new ArrayList<>();
		List<NewKpi> news = new ArrayList<>();
		FiscalPeriod period = plans.findById(planId).orElseThrow().period();
		for (int i = 0; i < placed.size(); i++) {
			KpiFields f = placed.get(i).kpi();
			for (FieldProblem p : check(f, period)) {
				problems.add(new FieldProblem("kpis[" + i + "]." + p.field(), p.problem()));
			}
			if (problems.isEmpty()) {
				Unit unit = Unit.of(f.unit());
				Baseline baseline = baseline(f, unit);
				Target target = target(f, unit, baseline);
				news.add(new NewKpi(planId, "import-" + UUID.randomUUID().toString().substring(0, 13), f.name().strip(),
						unit, Direction.parse(f.direction()).orElse(Direction.INCREASE),
						aggregation(f.aggregation()).orElseThrow(), baseline, target, blank(f.department()),
						blank(f.definition())));
			}
		}
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		List<Long> ids = kpis.addAll(news);
		List<NewListing> listings = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			listings.add(new NewListing(placed.get(i).nodeId(), ids.get(i), placed.get(i).position(), false));
		}
		kpis.addListings(listings);
		return ids;
	}

	@Override
	public void relist(Viewer viewer, long nodeId, long kpiId, int position) {
		kpis.addListing(nodeId, kpiId, position, true);
	}

	@Override
	public List<FieldProblem> check(KpiFields f, FiscalPeriod period) {
		List<FieldProblem> problems = new ArrayList<>();
		if (f.name() == null || f.name().isBlank() || f.name().strip().length() > 500) {
			problems.add(FieldProblem.of("name", "kpi.definition.name-required", 500));
		}
		if (f.direction() != null && !f.direction().isBlank() && Direction.parse(f.direction()).isEmpty()) {
			problems.add(FieldProblem.of("direction", "kpi.definition.direction-invalid", f.direction()));
		}
		if (aggregation(f.aggregation()).isEmpty()) {
			problems.add(FieldProblem.of("aggregation", "planimport.kpi.aggregation-invalid", f.aggregation()));
		}
		Unit unit = Unit.of(f.unit());
		BigDecimal baselineValue = amount(f.baselineValue(), unit, "baselineValue", problems);
		FiscalYear baselineYear = year(f.baselineYear(), "baselineYear", problems);
		BigDecimal targetValue = amount(f.targetValue(), unit, "targetValue", problems);
		FiscalYear targetYear = year(f.targetYear(), "targetYear", problems);
		if (baselineValue != null && targetValue != null) {
			Target.of(targetValue, targetYear, new Baseline(baselineValue, baselineYear))
				.collect("targetYear", problems);
		}
		return problems;
	}

	private static Baseline baseline(KpiFields f, Unit unit) {
		BigDecimal value = amount(f.baselineValue(), unit, "", new ArrayList<>());
		return value == null ? null : new Baseline(value, year(f.baselineYear(), "", new ArrayList<>()));
	}

	private static Target target(KpiFields f, Unit unit, Baseline baseline) {
		BigDecimal value = amount(f.targetValue(), unit, "", new ArrayList<>());
		return value == null ? null : new Target(value, year(f.targetYear(), "", new ArrayList<>()));
	}

	private static BigDecimal amount(String written, Unit unit, String field, List<FieldProblem> problems) {
		if (written == null || written.isBlank() || written.strip().equals("－") || written.strip().equals("-")) {
			return null;
		}
		return ValueNotation.amount(written, unit).collect(field, problems);
	}

	private static FiscalYear year(String written, String field, List<FieldProblem> problems) {
		if (written == null || written.isBlank()) {
			return null;
		}
		Optional<FiscalYear> year = FiscalYear.parse(written);
		if (year.isEmpty()) {
			problems.add(FieldProblem.of(field, "fiscal-year.invalid", written));
			return null;
		}
		return year.get();
	}

	static Optional<Aggregation> aggregation(String written) {
		if (written == null || written.isBlank()) {
			return Optional.of(Aggregation.YEARLY);
		}
		String text = written.strip();
		switch (text.toUpperCase(Locale.ROOT)) {
			case "単年", "単年度", "YEARLY":
				return Optional.of(Aggregation.YEARLY);
			case "累計", "延べ", "累積", "CUMULATIVE":
				return Optional.of(Aggregation.CUMULATIVE);
			case "平均", "AVERAGE":
				return Optional.of(Aggregation.AVERAGE);
			case "ストック", "STOCK":
				return Optional.of(Aggregation.STOCK);
			default:
				return Optional.empty();
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
