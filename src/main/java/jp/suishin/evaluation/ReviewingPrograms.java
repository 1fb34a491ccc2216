package jp.suishin.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.document.ProgramReviews;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.document.YearReview;
import jp.suishin.document.YearReview.Money;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.report.KpiList;
import jp.suishin.report.KpiListQuery;

/**
 * A plan's evaluation sheets of a year as the documents and the program page print them
 * ({@link YearReview.ProgramReview}), cut to what the viewer may see: every sheet for one
 * who reads the owner's working data, only the completed and decided ones for anybody
 * else, and then without the logins of their authors. The indicators' values are the KPI
 * list's ({@link KpiListQuery}: outsiders see published values only); the cost is
 * computed by {@link SheetCost}.
 */
public final class ReviewingPrograms implements ProgramReviews {

	private final EvaluationSheets sheets;

	private final EvaluationSettings settings;

	private final PlanRepository plans;

	private final KpiListQuery kpiLists;

	private final AccessPolicy access;

	private final DonationsDesignated donations;

	public ReviewingPrograms(EvaluationSheets sheets, EvaluationSettings settings, PlanRepository plans,
			KpiListQuery kpiLists, AccessPolicy access, DonationsDesignated donations) {
		this.sheets = sheets;
		this.settings = settings;
		this.plans = plans;
		this.kpiLists = kpiLists;
		this.access = access;
		this.donations = donations;
	}

	@Override
	public List<YearReview.ProgramReview> of(Viewer viewer, long planId, FiscalYear year) {
		Optional<PlanTree> tree = plans.tree(planId);
		if (tree.isEmpty()) {
			return List.of();
		}
		List<EvaluationSheet> found = sheets.ofPlan(planId, year);
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, EvaluationSheet> byProgram = new HashMap<>();
		found.forEach(s -> byProgram.put(s.programId(), s));
		Context context = context(viewer, tree.get(), year);
		List<YearReview.ProgramReview> reviews = new ArrayList<>();
		for (PlanNode node : tree.get().inReadingOrder()) {
			for (Program program : tree.get().programs(node.id())) {
				EvaluationSheet sheet = byProgram.get(program.id());
				if (sheet != null) {
					review(context, new ProgramOfPlan(program, tree.get().plan()), node, sheet).ifPresent(reviews::add);
				}
			}
		}
		return reviews;
	}

	/** One program's sheet of a year, if there is one the viewer may see. */
	public Optional<YearReview.ProgramReview> of(Viewer viewer, ProgramOfPlan of, FiscalYear year) {
		Optional<EvaluationSheet> sheet = sheets.find(of.program().id(), year);
		if (sheet.isEmpty()) {
			return Optional.empty();
		}
		PlanTree tree = plans.tree(of.plan().id()).orElseThrow();
		PlanNode node = tree.node(of.program().nodeId()).orElseThrow();
		return review(context(viewer, tree, year), of, node, sheet.get());
	}

	/**
	 * Whether a sheet is there for those who do not read the owner's working data (and
	 * for the editions, drafted as {@link Viewer#PUBLIC}): once every stage is completed
	 * AND the decision is recorded, as the decision is published with the year's edition.
	 */
	public static boolean published(EvaluationSheet sheet, List<EvaluationStage> stages) {
		return sheet.complete(stages) && sheet.decision() != null;
	}

	/** Whether the viewer reads the working data of the program's plan's owner. */
	public boolean readsWorking(Viewer viewer, ProgramOfPlan of) {
		return access.on(viewer, of.plan().ownerId()).readWorking();
	}

	private Context context(Viewer viewer, PlanTree tree, FiscalYear year) {
		boolean working = access.on(viewer, tree.plan().ownerId()).readWorking();
		KpiList list = kpiLists.kpiList(viewer, tree.plan().id(), Optional.of(year));
		Map<Long, KpiList.Row> rows = new HashMap<>();
		list.rows().forEach(r -> rows.putIfAbsent(r.kpi().id(), r));
		return new Context(working, year, settings.stages(), rows, settings.personnelCost().orElse(null));
	}

	private record Context(boolean working, FiscalYear year, List<EvaluationStage> stages, Map<Long, KpiList.Row> rows,
			PersonnelCost average) {
	}

	private Optional<YearReview.ProgramReview> review(Context context, ProgramOfPlan of, PlanNode node,
			EvaluationSheet sheet) {
		boolean complete = sheet.complete(context.stages());
		if (!context.working() && !published(sheet, context.stages())) {
			return Optional.empty();
		}
		SheetContent content = sheet.content();
		List<YearReview.Indicator> indicators = new ArrayList<>();
		content.activityKpiIds().forEach(id -> indicator(context, "activity", id).ifPresent(indicators::add));
		content.outcomeKpiIds().forEach(id -> indicator(context, "outcome", id).ifPresent(indicators::add));
		Unit unit = content.unit();
		// what the sheet was evaluated on once its first stage is completed, the live
		// figures before
		FrozenFigures frozen = sheet.frozen();
		BigDecimal donated = frozen != null ? frozen.donations() : donations.to(of.program().id(), sheet.year(), unit);
		PersonnelCost average = frozen != null ? frozen.average() : context.average();
		SheetCost cost = new SheetCost(unit, content.programCost(), content.generalFund(), content.nationalGrant(),
				donated == null ? BigDecimal.ZERO : donated, content.other(), content.staffYears(), average);
		List<YearReview.Stage> stages = new ArrayList<>();
		for (CompletedStage done : sheet.stages()) {
			int position = context.stages()
				.stream()
				.filter(s -> s.id() == done.stageId())
				.map(EvaluationStage::position)
				.findFirst()
				.orElse(stages.size() + 1);
			StageVerdict v = done.verdict();
			stages.add(new YearReview.Stage(position, done.name(), v.necessity().value(), v.effectiveness().value(),
					v.efficiency().value(), v.direction().code(), v.direction().japanese(), v.reason(), v.comment(),
					context.working() ? done.author() : null, done.completedAt()));
		}
		ProgramDecision d = sheet.decision();
		YearReview.Decision decision = d == null ? null
				: new YearReview.Decision(d.direction().code(), d.direction().japanese(), d.reason(),
						d.budgetConsequence(), context.working() ? d.decidedBy() : null, d.decidedOn());
		Program program = of.program();
		return Optional.of(new YearReview.ProgramReview(program.id(), node.id(), node.title(), program.name(),
				program.lead(), sheet.year().value(), sheet.year().eraLabel(), content.purpose(), content.target(),
				content.means(), content.intent(), indicators, cost(cost, firstOutput(indicators), context.year()),
				stages, complete, decision));
	}

	private static Optional<YearReview.Indicator> indicator(Context context, String kind, long kpiId) {
		KpiList.Row row = context.rows().get(kpiId);
		if (row == null) {
			return Optional.empty();
		}
		Kpi kpi = row.kpi();
		Figure target = kpi.target() == null ? null
				: new Figure(kpi.target().value(), QuantityFormat.format(kpi.target().value(), kpi.unit()),
						Status.CONFIRMED, kpi.target().year() == null ? 0 : kpi.target().year().value(),
						kpi.target().year() == null ? null : kpi.target().year().eraLabel(), null);
		Figure actual = row.cells()
			.stream()
			.filter(c -> c.year().equals(context.year()) && c.value() != null)
			.findFirst()
			.map(c -> figure(c.value(), c.text()))
			.orElse(null);
		return Optional.of(new YearReview.Indicator(kind, kpi.key(), kpi.name(), kpi.unit().text(), target, actual));
	}

	private static Figure figure(YearlyValue value, String text) {
		Actual actual = value.actual();
		Status status = switch (actual.status()) {
			case CONFIRMED -> Status.CONFIRMED;
			case PRELIMINARY -> Status.PRELIMINARY;
			case PENDING -> Status.PENDING;
		};
		return new Figure(actual.amount().orElse(null), text, status, value.year().value(), value.year().eraLabel(),
				actual instanceof Actual.Pending pending ? pending.expectedMonth() : null);
	}

	private static YearReview.Indicator firstOutput(List<YearReview.Indicator> indicators) {
		return indicators.stream().filter(i -> i.kind().equals("activity")).findFirst().orElse(null);
	}

	/**
	 * The cost as printed. The cost per unit of output is the full cost ÷ the first
	 * activity indicator's value of the year, with that basis written out.
	 */
	static YearReview.Cost cost(SheetCost cost, YearReview.Indicator output, FiscalYear year) {
		Unit unit = cost.unit();
		BigDecimal outputValue = output == null || output.actual() == null ? null : output.actual().value();
		BigDecimal perUnit = cost.unitCost(outputValue);
		String basis = null;
		if (output != null) {
			String outputUnit = output.unit() == null || output.unit().isBlank() ? "" : output.unit();
			if (perUnit != null) {
				basis = "1" + outputUnit + "あたり（フルコスト "
						+ QuantityFormat.format(cost.fullCost().stripTrailingZeros(), unit) + " ÷ 活動指標"
						+ quoted(output.name()) + "の" + year.eraLabel() + "実績 " + output.actual().text() + "）";
			}
			else {
				basis = "活動指標" + quoted(output.name()) + "の" + year.eraLabel() + "実績"
						+ (cost.fullCost() == null ? "またはフルコスト" : "") + "がないため算出できません";
			}
		}
		return new YearReview.Cost(unit.text(), money(cost.programCost(), unit), money(cost.generalFund(), unit),
				money(cost.nationalGrant(), unit), money(cost.donations(), unit), money(cost.other(), unit),
				cost.staffYears(), cost.average() == null ? null : money(cost.average().in(unit), unit),
				money(cost.personnelCost(), unit), money(cost.fullCost(), unit),
				perUnit == null ? null : new Money(perUnit, QuantityFormat.format(perUnit, SheetCost.YEN)), basis);
	}

	/** A name in 「」, unless it is quoted already (「そらち・デ・ビュー」公式SNSの…). */
	static String quoted(String name) {
		return name.startsWith("「") ? name : "「" + name + "」";
	}

	static Money money(BigDecimal amount, Unit unit) {
		if (amount == null) {
			return null;
		}
		BigDecimal shown = amount.scale() > 0 ? amount.stripTrailingZeros() : amount;
		if (shown.scale() < 0) {
			shown = shown.setScale(0);
		}
		return new Money(amount, QuantityFormat.format(shown, unit));
	}

}
