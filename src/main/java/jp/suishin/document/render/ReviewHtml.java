package jp.suishin.document.render;

import java.util.List;
import java.util.Locale;

import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.YearReview;
import jp.suishin.document.YearReview.Cost;
import jp.suishin.document.YearReview.Decision;
import jp.suishin.document.YearReview.DonationLine;
import jp.suishin.document.YearReview.Donations;
import jp.suishin.document.YearReview.EffectRow;
import jp.suishin.document.YearReview.Indicator;
import jp.suishin.document.YearReview.LogicElement;
import jp.suishin.document.YearReview.LogicModel;
import jp.suishin.document.YearReview.Money;
import jp.suishin.document.YearReview.Opinion;
import jp.suishin.document.YearReview.ProgramReview;
import jp.suishin.document.YearReview.Stage;

/**
 * The parts of a {@link YearReview} as XHTML, for the yearly report (the decisions, a
 * summary of the completed evaluation sheets, the donations against the budget guide, the
 * logic models) and for the evaluation package (the sheets in full, the national
 * effect-verification form, the opinions with their responses and follow-up). Every part
 * is printed only when it holds something; every figure and label of the data is printed
 * as the document holds it (nothing is computed here), the renderer's own labels come
 * from {@code render.review.*}.
 */
final class ReviewHtml {

	/**
	 * The stages of a logic model from left to right, as {@link LogicElement#stage()}.
	 */
	static final List<String> LOGIC_STAGES = List.of("input", "activity", "output", "short-term", "medium-term",
			"long-term");

	private ReviewHtml() {
	}

	/**
	 * The review's part of the yearly report: nothing at all for an empty review (a
	 * document of format 1 prints as it always did).
	 */
	static void reportPart(Xhtml out, YearReview review, int dataYear, Labels labels) {
		if (!inReport(review)) {
			return;
		}
		List<ProgramReview> decided = review.programs().stream().filter(p -> p.decision() != null).toList();
		List<ProgramReview> completed = review.programs().stream().filter(ProgramReview::complete).toList();
		out.open("section", "class", "review", "id", "review");
		out.element("h2", labels.get("render.review.title", jp.suishin.notation.FiscalYear.of(dataYear).eraLabel(),
				Integer.toString(dataYear)));
		if (!decided.isEmpty()) {
			out.element("h3", labels.get("render.review.decisions"));
			decisions(out, decided, labels);
		}
		if (!completed.isEmpty()) {
			out.element("h3", labels.get("render.review.sheets"));
			sheetSummary(out, completed, labels);
		}
		if (review.donations() != null) {
			out.element("h3", labels.get("render.review.donations"));
			donations(out, review.donations(), labels);
		}
		if (!review.logicModels().isEmpty()) {
			out.element("h3", labels.get("render.review.logic-models"));
			logicModels(out, review.logicModels(), "h4", labels);
		}
		out.close("section");
	}

	/**
	 * Whether the report prints a part of the review: a decision, a completed sheet, the
	 * donations or a logic model (a sheet still in progress is the package's alone).
	 */
	static boolean inReport(YearReview review) {
		return review.programs().stream().anyMatch(p -> p.decision() != null || p.complete())
				|| review.donations() != null || !review.logicModels().isEmpty();
	}

	private static void decisions(Xhtml out, List<ProgramReview> decided, Labels labels) {
		out.open("table", "class", "review decisions");
		colgroup(out, 26, 14, 34, 26);
		head(out, labels, "render.review.program", "render.review.direction", "render.review.reason",
				"render.review.budget");
		out.open("tbody");
		for (ProgramReview program : decided) {
			Decision decision = program.decision();
			out.open("tr");
			out.element("th", program.programName(), "scope", "row");
			out.element("td", decision.directionLabel(), "class", "direction");
			cell(out, decision.reason(), labels);
			cell(out, decision.budgetConsequence(), labels);
			out.close("tr");
		}
		out.close("tbody").close("table");
	}

	/** One line per completed sheet: its last stage's ratings and direction, its cost. */
	private static void sheetSummary(Xhtml out, List<ProgramReview> completed, Labels labels) {
		out.open("table", "class", "review sheet-summary");
		colgroup(out, 24, 14, 8, 8, 8, 14, 12, 12);
		head(out, labels, "render.review.program", "render.review.stage", "render.review.necessity",
				"render.review.effectiveness", "render.review.efficiency", "render.review.direction",
				"render.review.program-cost", "render.review.full-cost");
		out.open("tbody");
		String none = labels.get("render.none");
		for (ProgramReview program : completed) {
			Stage last = program.stages().isEmpty() ? null : program.stages().get(program.stages().size() - 1);
			out.open("tr");
			out.element("th", program.programName(), "scope", "row");
			out.element("td", last == null ? none : last.name());
			out.element("td", last == null ? none : Integer.toString(last.necessity()), "class", "num");
			out.element("td", last == null ? none : Integer.toString(last.effectiveness()), "class", "num");
			out.element("td", last == null ? none : Integer.toString(last.efficiency()), "class", "num");
			out.element("td", last == null ? none : last.directionLabel());
			money(out, program.cost() == null ? null : program.cost().programCost(), none);
			money(out, program.cost() == null ? null : program.cost().fullCost(), none);
			out.close("tr");
		}
		out.close("tbody").close("table");
		out.element("p", labels.get("render.review.scale"), "class", "note");
	}

	/** The donations against the guide: the guide, the share, the years, the lines. */
	static void donations(Xhtml out, Donations donations, Labels labels) {
		String none = labels.get("render.none");
		out.open("table", "class", "review donation-guide");
		colgroup(out, 40, 60);
		out.open("tbody");
		fact(out, labels.get("render.review.donation.guide"),
				labels.get("render.review.donation.guide-value", text(donations.budget(), none),
						donations.periodLabel() == null ? donations.fromYear() + "–" + donations.toYear()
								: donations.periodLabel()));
		fact(out, labels.get("render.review.donation.cumulative"), text(donations.cumulative(), none));
		fact(out, labels.get("render.review.donation.share"),
				donations.shareText() == null ? none : donations.shareText());
		out.close("tbody").close("table");
		if (!donations.years().isEmpty()) {
			out.open("table", "class", "review donation-years");
			colgroup(out, 30, 35, 35);
			head(out, labels, "render.review.donation.year", "render.review.donation.total",
					"render.review.donation.cumulative");
			out.open("tbody");
			for (YearReview.YearTotal year : donations.years()) {
				out.open("tr");
				out.element("th", year.yearLabel() + "（" + year.year() + "）", "scope", "row");
				money(out, year.total(), none);
				money(out, year.cumulative(), none);
				out.close("tr");
			}
			out.close("tbody").close("table");
		}
		if (!donations.lines().isEmpty()) {
			out.open("table", "class", "review donation-lines");
			colgroup(out, 30, 20, 20, 30);
			head(out, labels, "render.review.donation.donor", "render.review.donation.received",
					"render.review.donation.amount", "render.review.donation.program");
			out.open("tbody");
			for (DonationLine line : donations.lines()) {
				out.open("tr");
				out.open("th", "scope", "row")
					.text(line.donor() == null ? labels.get("render.review.donation.anonymous") : line.donor());
				if (line.example()) {
					out.text(" ").element("span", labels.get("render.review.example"), "class", "example");
				}
				out.close("th");
				out.element("td", line.receivedOn() == null ? none : labels.date(line.receivedOn()));
				money(out, line.amount(), none);
				out.element("td", line.programName() == null ? none : line.programName());
				out.close("tr");
			}
			out.close("tbody").close("table");
		}
		if (donations.examples()) {
			out.element("p", labels.get("render.review.donation.examples"), "class", "note example-note");
		}
	}

	/**
	 * Each program's logic model: its diagram (when a drawing is at hand) and, as the
	 * diagram's data, one row per stage naming its elements and their indicators.
	 */
	static void logicModels(Xhtml out, List<LogicModel> models, String heading, Labels labels) {
		for (LogicModel model : models) {
			out.open("div", "class", "logic-model");
			out.element(heading, model.programName());
			LogicModelDrawing.write(out, model, labels);
			out.open("table", "class", "review logic-elements");
			colgroup(out, 22, 48, 30);
			head(out, labels, "render.review.logic.stage", "render.review.logic.element",
					"render.review.logic.indicator");
			out.open("tbody");
			for (String stage : LogicModelSvg.STAGES) {
				for (LogicElement element : model.elements()) {
					if (!stage.equals(element.stage())) {
						continue;
					}
					out.open("tr");
					out.element("th", labels.get("render.review.logic." + stage), "scope", "row");
					out.open("td").lines(element.text()).close("td");
					out.element("td", indicator(element, labels));
					out.close("tr");
				}
			}
			out.close("tbody").close("table");
			out.close("div");
		}
	}

	private static String indicator(LogicElement element, Labels labels) {
		if (element.indicator() == null) {
			return labels.get("render.none");
		}
		StringBuilder text = new StringBuilder(element.indicator());
		if (element.unit() != null && !element.unit().isBlank()) {
			text.append(labels.get("render.review.logic.unit", element.unit()));
		}
		if (element.direction() != null) {
			text.append(' ').append(direction(element.direction(), labels));
		}
		return text.toString();
	}

	private static String direction(String direction, Labels labels) {
		return switch (direction.toLowerCase(Locale.ROOT)) {
			case "increase" -> labels.get("render.review.logic.increase");
			case "decrease" -> labels.get("render.review.logic.decrease");
			case "maintain" -> labels.get("render.review.logic.maintain");
			default -> direction;
		};
	}

	/** The evaluation sheets in full, one after another (the package). */
	static void sheets(Xhtml out, List<ProgramReview> programs, Labels labels) {
		for (ProgramReview program : programs) {
			sheet(out, program, labels);
		}
	}

	private static void sheet(Xhtml out, ProgramReview program, Labels labels) {
		String none = labels.get("render.none");
		out.open("div", "class", "sheet", "id", "sheet-" + program.programId());
		out.open("h3").text(program.programName());
		out.text(" ")
			.element("span",
					labels.get(program.complete() ? "render.review.sheet.complete" : "render.review.sheet.in-progress"),
					"class", program.complete() ? "state complete" : "state in-progress");
		out.close("h3");
		out.open("table", "class", "review sheet-fields");
		colgroup(out, 22, 78);
		out.open("tbody");
		fact(out, labels.get("render.review.sheet.node"), program.nodeTitle());
		fact(out, labels.get("render.review.sheet.lead"), program.lead());
		fact(out, labels.get("render.review.sheet.year"), program.yearLabel() + "（" + program.year() + "）");
		multiline(out, labels.get("render.review.sheet.purpose"), program.purpose(), none);
		multiline(out, labels.get("render.review.sheet.target"), program.target(), none);
		multiline(out, labels.get("render.review.sheet.means"), program.means(), none);
		multiline(out, labels.get("render.review.sheet.intent"), program.intent(), none);
		out.close("tbody").close("table");

		if (!program.indicators().isEmpty()) {
			out.element("h4", labels.get("render.review.sheet.indicators"));
			out.open("table", "class", "review indicators");
			colgroup(out, 16, 44, 20, 20);
			head(out, labels, "render.review.indicator.kind", "render.review.indicator.name",
					"render.review.indicator.target", "render.review.indicator.actual");
			out.open("tbody");
			for (Indicator indicator : program.indicators()) {
				out.open("tr");
				out.element("td", labels.get("outcome".equals(indicator.kind()) ? "render.review.indicator.outcome"
						: "render.review.indicator.activity"));
				out.element("th", indicator.name(), "scope", "row");
				figure(out, indicator.target(), none);
				figure(out, indicator.actual(), none);
				out.close("tr");
			}
			out.close("tbody").close("table");
		}

		if (program.cost() != null) {
			cost(out, program.cost(), labels);
		}

		out.element("h4", labels.get("render.review.sheet.stages"));
		if (program.stages().isEmpty()) {
			out.element("p", labels.get("render.review.sheet.no-stage"), "class", "note");
		}
		else {
			stages(out, program.stages(), labels);
		}
		if (program.decision() != null) {
			Decision decision = program.decision();
			out.element("h4", labels.get("render.review.sheet.decision"));
			out.open("table", "class", "review decision");
			colgroup(out, 22, 78);
			out.open("tbody");
			fact(out, labels.get("render.review.direction"), decision.directionLabel());
			multiline(out, labels.get("render.review.reason"), decision.reason(), none);
			multiline(out, labels.get("render.review.budget"), decision.budgetConsequence(), none);
			fact(out, labels.get("render.review.decided"),
					(decision.decidedOn() == null ? none : labels.date(decision.decidedOn()))
							+ (decision.decidedBy() == null ? "" : "　" + decision.decidedBy()));
			out.close("tbody").close("table");
		}
		out.close("div");
	}

	/** The cost table: 事業費 with 財源内訳, 人件費 from 人工, フルコスト, the cost per unit. */
	private static void cost(Xhtml out, Cost cost, Labels labels) {
		String none = labels.get("render.none");
		out.element("h4", labels.get("render.review.cost", cost.unit() == null ? "" : cost.unit()));
		out.open("table", "class", "review cost");
		colgroup(out, 50, 50);
		out.open("tbody");
		moneyRow(out, labels.get("render.review.cost.program"), cost.programCost(), none, "total");
		moneyRow(out, labels.get("render.review.cost.general-fund"), cost.generalFund(), none, "source");
		moneyRow(out, labels.get("render.review.cost.national-grant"), cost.nationalGrant(), none, "source");
		moneyRow(out, labels.get("render.review.cost.donations"), cost.donations(), none, "source");
		moneyRow(out, labels.get("render.review.cost.other"), cost.other(), none, "source");
		out.open("tr")
			.element("th", labels.get("render.review.cost.staff-years"), "scope", "row")
			.element("td", cost.staffYears() == null ? none : cost.staffYears().stripTrailingZeros().toPlainString(),
					"class", "num")
			.close("tr");
		moneyRow(out, labels.get("render.review.cost.average-personnel"), cost.averagePersonnelCost(), none, null);
		moneyRow(out, labels.get("render.review.cost.personnel"), cost.personnelCost(), none, null);
		moneyRow(out, labels.get("render.review.cost.full"), cost.fullCost(), none, "total");
		String unitCost = labels.get("render.review.cost.unit")
				+ (cost.unitCostBasis() == null ? "" : "（" + cost.unitCostBasis() + "）");
		moneyRow(out, unitCost, cost.unitCost(), none, null);
		out.close("tbody").close("table");
	}

	private static void stages(Xhtml out, List<Stage> stages, Labels labels) {
		String none = labels.get("render.none");
		out.open("table", "class", "review stages");
		colgroup(out, 13, 7, 7, 7, 12, 20, 20, 14);
		head(out, labels, "render.review.stage", "render.review.necessity", "render.review.effectiveness",
				"render.review.efficiency", "render.review.direction", "render.review.reason", "render.review.comment",
				"render.review.author");
		out.open("tbody");
		for (Stage stage : stages) {
			out.open("tr");
			out.element("th", stage.name(), "scope", "row");
			out.element("td", Integer.toString(stage.necessity()), "class", "num");
			out.element("td", Integer.toString(stage.effectiveness()), "class", "num");
			out.element("td", Integer.toString(stage.efficiency()), "class", "num");
			out.element("td", stage.directionLabel() == null ? none : stage.directionLabel());
			cell(out, stage.reason(), labels);
			cell(out, stage.comment(), labels);
			out.open("td").text(stage.author() == null ? none : stage.author());
			if (stage.completedAt() != null) {
				out.element("span", labels.dateTime(stage.completedAt()), "class", "when");
			}
			out.close("td");
			out.close("tr");
		}
		out.close("tbody").close("table");
		out.element("p", labels.get("render.review.scale"), "class", "note");
	}

	/** The national effect-verification form (地方創生関係交付金の効果検証), one row per KPI. */
	static void effects(Xhtml out, List<EffectRow> rows, Labels labels) {
		String none = labels.get("render.none");
		out.open("table", "class", "review effects");
		colgroup(out, 18, 10, 10, 14, 22, 10, 16);
		head(out, labels, "render.review.effect.indicator", "render.review.effect.target",
				"render.review.effect.actual", "render.review.effect.effect", "render.review.effect.opinion",
				"render.review.effect.policy", "render.review.effect.reason");
		out.open("tbody");
		for (EffectRow row : rows) {
			out.open("tr");
			out.element("th", row.indicator(), "scope", "row");
			figure(out, row.target(), none);
			figure(out, row.actual(), none);
			out.element("td", row.effectLabel() == null ? labels.get("render.review.not-yet") : row.effectLabel());
			cell(out, row.expertOpinion(), labels);
			out.element("td", row.policyLabel() == null ? labels.get("render.review.not-yet") : row.policyLabel());
			cell(out, row.policyReason(), labels);
			out.close("tr");
		}
		out.close("tbody").close("table");
	}

	/** Opinions with the division's response and the follow-up beside them. */
	static void opinions(Xhtml out, List<Opinion> opinions, Labels labels) {
		String none = labels.get("render.none");
		out.open("table", "class", "review opinions");
		colgroup(out, 16, 14, 26, 24, 20);
		head(out, labels, "render.review.opinion.subject", "render.review.opinion.expert", "render.review.opinion.text",
				"render.review.opinion.response", "render.review.opinion.follow-up");
		out.open("tbody");
		for (Opinion opinion : opinions) {
			out.open("tr");
			out.element("th", opinion.subjectTitle(), "scope", "row");
			out.open("td").text(opinion.expert() == null ? none : opinion.expert());
			if (opinion.givenOn() != null) {
				out.element("span", labels.date(opinion.givenOn()), "class", "when");
			}
			out.close("td");
			cell(out, opinion.text(), labels);
			cell(out, opinion.response(), labels);
			out.open("td");
			if (opinion.followUpLabel() == null) {
				out.text(labels.get("render.review.not-yet"));
			}
			else {
				out.element("span", opinion.followUpLabel(), "class", "follow-up " + opinion.followUpCode());
			}
			if (opinion.followUpNote() != null && !opinion.followUpNote().isBlank()) {
				out.open("span", "class", "note").lines(opinion.followUpNote()).close("span");
			}
			out.close("td");
			out.close("tr");
		}
		out.close("tbody").close("table");
	}

	/** A table's head row: one column heading per label key. */
	private static void head(Xhtml out, Labels labels, String... keys) {
		out.open("thead").open("tr");
		for (String key : keys) {
			out.element("th", labels.get(key), "scope", "col");
		}
		out.close("tr").close("thead");
	}

	private static void colgroup(Xhtml out, double... percents) {
		out.open("colgroup");
		for (double percent : percents) {
			out.empty("col", "style", String.format(Locale.ROOT, "width:%.2f%%", percent));
		}
		out.close("colgroup");
	}

	private static void fact(Xhtml out, String label, String value) {
		out.open("tr").element("th", label, "scope", "row").element("td", value).close("tr");
	}

	private static void multiline(Xhtml out, String label, String value, String none) {
		out.open("tr").element("th", label, "scope", "row").open("td");
		if (value == null || value.isBlank()) {
			out.text(none);
		}
		else {
			out.lines(value);
		}
		out.close("td").close("tr");
	}

	private static void moneyRow(Xhtml out, String label, Money money, String none, String cssClass) {
		out.open("tr", "class", cssClass).element("th", label, "scope", "row");
		money(out, money, none);
		out.close("tr");
	}

	private static void cell(Xhtml out, String text, Labels labels) {
		if (text == null || text.isBlank()) {
			out.element("td", labels.get("render.none"));
		}
		else {
			out.open("td").lines(text).close("td");
		}
	}

	private static void money(Xhtml out, Money money, String none) {
		out.element("td", text(money, none), "class", "num");
	}

	private static String text(Money money, String none) {
		return money == null || money.text() == null ? none : money.text();
	}

	private static void figure(Xhtml out, Figure figure, String none) {
		out.element("td", figure == null || figure.text() == null ? none : figure.text(), "class", "num");
	}

}
