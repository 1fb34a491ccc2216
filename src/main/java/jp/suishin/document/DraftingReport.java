package jp.suishin.document;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.account.Viewer;
import jp.suishin.activity.Activity;
import jp.suishin.activity.NextAction;
import jp.suishin.activity.PlanActivities;
import jp.suishin.document.ReportDocument.ActionLine;
import jp.suishin.document.ReportDocument.ActivityLine;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.Distribution;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.ImageRef;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.KpiTable;
import jp.suishin.document.ReportDocument.ProgramLine;
import jp.suishin.document.ReportDocument.Section;
import jp.suishin.document.ReportDocument.Share;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.document.ReportDocument.Text;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Kpi;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.progress.GradeSummary;
import jp.suishin.progress.KpiEvaluation;
import jp.suishin.report.KpiList;
import jp.suishin.report.KpiListQuery;
import jp.suishin.report.PlanNotFoundException;

/**
 * Computes the report document of a plan for a fiscal year of values from the data, as
 * the viewer may see it: the KPI rows, their 進捗率 and grades, the summary and the analysis
 * are the KPI list's ({@link KpiListQuery}, which already shows outsiders only published
 * values); the sections are the nodes KPIs are listed under, with their purpose (目的),
 * area (推進エリア), the year's activities and the next year's actions
 * ({@link PlanActivities}); the programs are those of the next year. Nothing here grades,
 * rounds or formats a figure anew: it gathers what those computed.
 */
public class DraftingReport {

	private static final Locale JAPANESE = Locale.JAPANESE;

	private static final Locale ENGLISH = Locale.ENGLISH;

	private final KpiListQuery kpiLists;

	private final PlanRepository plans;

	private final PlanActivities activities;

	private final Wording wording;

	private final Clock clock;

	private final GatheringReview review;

	public DraftingReport(KpiListQuery kpiLists, PlanRepository plans, PlanActivities activities, Wording wording,
			Clock clock) {
		this(kpiLists, plans, activities, wording, clock, GatheringReview.none());
	}

	/**
	 * @param review where the PDCA year's parts of the document come from (evaluation
	 * sheets, opinions, logic models, donations)
	 */
	public DraftingReport(KpiListQuery kpiLists, PlanRepository plans, PlanActivities activities, Wording wording,
			Clock clock, GatheringReview review) {
		this.kpiLists = kpiLists;
		this.plans = plans;
		this.activities = activities;
		this.wording = wording;
		this.clock = clock;
		this.review = review;
	}

	/**
	 * The texts the document composes itself (its title), from the application's message
	 * bundles ({@code document.*}).
	 */
	@FunctionalInterface
	public interface Wording {

		String text(Locale locale, String key, Object... arguments);

	}

	/**
	 * The report of a plan for the fiscal year of its values (2024 for the report that
	 * grades R6), as a draft: no edition.
	 * @throws PlanNotFoundException when there is no such plan
	 */
	public ReportDocument draft(Viewer viewer, long planId, FiscalYear dataYear) {
		KpiList list = kpiLists.kpiList(viewer, planId, Optional.of(dataYear));
		PlanTree tree = plans.tree(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		PlanActivities.Narrative narrative = activities.of(planId, dataYear);

		List<KpiRow> rows = list.rows().stream().map(DraftingReport::row).toList();
		int sectionDepth = list.rows().isEmpty() ? 1 : list.rows().get(0).node().depth();
		List<PlanNode> sectionNodes = tree.inReadingOrder().stream().filter(n -> n.depth() == sectionDepth).toList();
		Map<Long, Long> sectionOf = new LinkedHashMap<>();
		for (PlanNode section : sectionNodes) {
			tree.subtreeOf(section.id()).forEach(id -> sectionOf.put(id, section.id()));
		}
		FiscalYear actionsYear = dataYear.next();
		List<Section> sections = new ArrayList<>();
		for (PlanNode node : sectionNodes) {
			Set<Long> subtree = tree.subtreeOf(node.id());
			List<PlanNode> inOrder = tree.inReadingOrder().stream().filter(n -> subtree.contains(n.id())).toList();
			List<ActivityLine> activityLines = new ArrayList<>();
			List<ActionLine> actionLines = new ArrayList<>();
			for (PlanNode part : inOrder) {
				narrative.activitiesOf(part.id()).forEach(a -> activityLines.add(activity(a)));
				narrative.actionsOf(part.id()).forEach(a -> actionLines.add(action(a)));
			}
			List<KpiRow> kpis = rows.stream().filter(r -> subtree.contains(r.nodeId())).toList();
			sections.add(new Section(node.id(), node.code(), node.title(), node.summary(), node.area(), activityLines,
					kpis, actionsYear.value(), actionsYear.eraLabel(), actionLines));
		}

		return new ReportDocument(ReportDocument.FORMAT_VERSION, cover(list, dataYear, sectionDepth), sections,
				new KpiTable(list.columns().stream().map(FiscalYear::value).toList(),
						list.columns().stream().map(FiscalYear::eraLabel).toList(), rows),
				distribution(list), analysis(list), programs(tree, sectionOf, actionsYear),
				review.of(viewer, planId, dataYear));
	}

	private Cover cover(KpiList list, FiscalYear dataYear, int sectionDepth) {
		Organization owner = list.owner();
		String title = wording.text(JAPANESE, "document.cover.title", list.plan().name(), dataYear.eraLabel());
		return new Cover(list.plan().id(), list.plan().key(), list.plan().name(), owner.id(), owner.name(),
				owner.code() == null ? null : owner.code().value(), dataYear.value(), dataYear.eraLabel(), title,
				list.plan().levelName(sectionDepth), null, LocalDate.now(clock));
	}

	private static Distribution distribution(KpiList list) {
		GradeSummary summary = list.evaluation().summary();
		List<Share> shares = summary.grades()
			.stream()
			.map(g -> new Share(g.code(), g.label(), g.count(), g.percent(), g.tenths()))
			.toList();
		return new Distribution(summary.unique(), summary.evaluated(), summary.pending(),
				new Text(list.evaluation().summaryText(JAPANESE), list.evaluation().summaryText(ENGLISH)), shares);
	}

	/** The planner's text is the same in both languages; the engine's draft is not. */
	private static Text analysis(KpiList list) {
		return new Text(list.analysis(JAPANESE), list.analysis(ENGLISH));
	}

	private static KpiRow row(KpiList.Row row) {
		Kpi kpi = row.kpi();
		KpiEvaluation evaluated = row.evaluation();
		List<Figure> values = new ArrayList<>(row.cells().size());
		for (KpiList.Cell cell : row.cells()) {
			values.add(cell.value() == null ? null : figure(cell.value().actual(), cell.text(), cell.value().year()));
		}
		Figure actual = evaluated.actual() == null ? null
				: figure(evaluated.actual(), evaluated.actual().written(kpi.unit()), evaluated.actualYear());
		jp.suishin.kpi.Baseline baseline = evaluated.kpi().baseline();
		jp.suishin.kpi.Target target = evaluated.kpi().target();
		return new KpiRow(kpi.key(), kpi.id(), row.node().id(), row.node().title(), kpi.name(), row.relisted(),
				kpi.unit().text(), kpi.direction().name().toLowerCase(Locale.ROOT),
				baseline == null ? null : stated(baseline.value(), kpi.unit(), baseline.year()), values, actual,
				target == null ? null : stated(target.value(), kpi.unit(), target.year()),
				evaluated.progressRateOneDecimal(), evaluated.progressDisplay(), row.gradeCode(), row.gradeLabel());
	}

	private static Figure figure(Actual actual, String text, FiscalYear year) {
		return new Figure(actual.amount().orElse(null), text, status(actual), year.value(), year.eraLabel(),
				actual instanceof Actual.Pending pending ? pending.expectedMonth() : null);
	}

	/**
	 * A baseline or target: a plan's figure, confirmed, written as the KPI list writes it
	 * before its year (7,250千人 of 7,250千人（R2）). Without a year (計画開始時点) its year is 0 and
	 * its label {@code null}.
	 */
	private static Figure stated(BigDecimal value, Unit unit, FiscalYear year) {
		return new Figure(value, QuantityFormat.format(value, unit), Status.CONFIRMED, year == null ? 0 : year.value(),
				year == null ? null : year.eraLabel(), null);
	}

	private static Status status(Actual actual) {
		return switch (actual.status()) {
			case CONFIRMED -> Status.CONFIRMED;
			case PRELIMINARY -> Status.PRELIMINARY;
			case PENDING -> Status.PENDING;
		};
	}

	private static ActivityLine activity(Activity activity) {
		String dates = activity.dates().isEmpty() ? null : activity.dates().written();
		LocalDate firstDay = activity.dates().firstDay().orElse(null);
		return new ActivityLine(activity.title(), activity.leads(), dates, firstDay, activity.place(),
				activity.summary(), activity.participants(),
				activity.images()
					.stream()
					.map(i -> new ImageRef(i.id(), i.contentType(), i.width(), i.height(), i.alt()))
					.toList());
	}

	private static ActionLine action(NextAction action) {
		return new ActionLine(action.text(), action.leads());
	}

	/**
	 * The programs of a year in reading order, one line per name (a program listed under
	 * several projects is one line naming them all).
	 */
	private static List<ProgramLine> programs(PlanTree tree, Map<Long, Long> sectionOf, FiscalYear year) {
		Map<String, Program> first = new LinkedHashMap<>();
		Map<String, Set<Long>> sections = new LinkedHashMap<>();
		for (PlanNode node : tree.inReadingOrder()) {
			for (Program program : tree.programs(node.id())) {
				if (!year.equals(program.year())) {
					continue;
				}
				first.putIfAbsent(program.name(), program);
				Long section = sectionOf.get(node.id());
				Set<Long> related = sections.computeIfAbsent(program.name(), k -> new LinkedHashSet<>());
				if (section != null) {
					related.add(section);
				}
			}
		}
		List<ProgramLine> lines = new ArrayList<>();
		first.forEach((name,
				program) -> lines.add(new ProgramLine(name, program.summary(), program.lead(),
						sections.get(name).stream().map(id -> printedCode(tree.node(id).orElseThrow())).toList(),
						year.value())));
		return lines;
	}

	/** A section's code as a list of programs prints it: 1 → ①. */
	static String printedCode(PlanNode section) {
		String code = section.code() == null ? "" : section.code().strip();
		if (code.matches("\\d{1,2}")) {
			int n = Integer.parseInt(code);
			if (n >= 1 && n <= 20) {
				return String.valueOf((char) ('①' + n - 1));
			}
		}
		return code.isEmpty() ? section.title() : code;
	}

}
