package jp.suishin.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.document.ReportDocument.Figure;

/**
 * The PDCA year of a plan beside its KPIs, as its documents print it (the yearly report,
 * the evaluation package): the programs' evaluation sheets (事務事業評価シート) with their costs,
 * stages and decision, the national effect-verification form (効果検証), the experts'
 * opinions (委員意見) with the division's responses and their follow-up, the programs' logic
 * models and the corporate donations (企業版ふるさと納税). Plain data, like the rest of
 * {@link ReportDocument}: each module that keeps one of these parts gives it through its
 * port ({@link ProgramReviews}, {@link ExpertReviews}, {@link LogicModelFigures},
 * {@link DonationReports}), already cut to what the viewer may see, and the renderers
 * print it without computing anything anew.
 *
 * @param programs the evaluation sheets of the year, in the plan's reading order
 * @param effects the national effect-verification form, one row per KPI
 * @param opinions the experts' opinions on the year
 * @param logicModels one per program that has a logic model
 * @param donations the donations against the plan's budget guide, or {@code null} when
 * the plan has no guide
 */
public record YearReview(List<ProgramReview> programs, List<EffectRow> effects, List<Opinion> opinions,
		List<LogicModel> logicModels, Donations donations) {

	public static final YearReview EMPTY = new YearReview(List.of(), List.of(), List.of(), List.of(), null);

	public YearReview {
		programs = programs == null ? List.of() : List.copyOf(programs);
		effects = effects == null ? List.of() : List.copyOf(effects);
		opinions = opinions == null ? List.of() : List.copyOf(opinions);
		logicModels = logicModels == null ? List.of() : List.copyOf(logicModels);
	}

	public boolean isEmpty() {
		return programs.isEmpty() && effects.isEmpty() && opinions.isEmpty() && logicModels.isEmpty()
				&& donations == null;
	}

	/** An amount of money as a number and as printed (1,234千円). */
	public record Money(BigDecimal value, String text) {
	}

	/**
	 * One program's evaluation sheet of the year (事務事業評価シート).
	 *
	 * @param year the fiscal year evaluated (西暦); {@code yearLabel} as printed (R6)
	 * @param purpose 目的; {@code target} 対象; {@code means} 手段; {@code intent} 意図 (each
	 * {@code null} when not written)
	 * @param indicators 活動指標 and 成果指標, with their values from the plan's KPIs
	 * @param stages the stages completed so far, in order (担当 → 課長 → 部長 → 外部有識者)
	 * @param complete whether every stage of the installation is completed
	 * @param decision the decision on the program (the direction and its budget
	 * consequence), or {@code null} before it is taken
	 */
	public record ProgramReview(long programId, long nodeId, String nodeTitle, String programName, String lead,
			int year, String yearLabel, String purpose, String target, String means, String intent,
			List<Indicator> indicators, Cost cost, List<Stage> stages, boolean complete, Decision decision) {

		public ProgramReview {
			indicators = List.copyOf(indicators);
			stages = List.copyOf(stages);
		}

	}

	/**
	 * An indicator of a sheet: a KPI of the plan with its target and the year's value.
	 *
	 * @param kind {@code activity} (活動指標) or {@code outcome} (成果指標)
	 * @param target the KPI's target, or {@code null}
	 * @param actual the year's value, or {@code null} when none is recorded (pending
	 * values are figures with status PENDING)
	 */
	public record Indicator(String kind, String kpiKey, String name, String unit, Figure target, Figure actual) {
	}

	/**
	 * The cost of a program in the year, in the sheet's unit (千円 unless the plan writes
	 * yen).
	 *
	 * @param programCost 事業費
	 * @param generalFund 一般財源; {@code nationalGrant} 国庫支出金・交付金; {@code donations} 寄附金
	 * (the donations designated to the program in the year); {@code other} その他
	 * @param staffYears 人工 (staff time in person-years)
	 * @param averagePersonnelCost the installation's average personnel cost of one
	 * person-year
	 * @param personnelCost 人件費 = staffYears × averagePersonnelCost
	 * @param fullCost トータルコスト (フルコスト) = programCost + personnelCost
	 * @param unitCost the full cost per unit of the first activity indicator's value, or
	 * {@code null} when it cannot be computed; {@code unitCostBasis} what it is per
	 * (1件あたり)
	 */
	public record Cost(String unit, Money programCost, Money generalFund, Money nationalGrant, Money donations,
			Money other, BigDecimal staffYears, Money averagePersonnelCost, Money personnelCost, Money fullCost,
			Money unitCost, String unitCostBasis) {
	}

	/**
	 * One completed stage of a sheet.
	 *
	 * @param name the stage's name as the installation calls it (課長評価)
	 * @param necessity 必要性, {@code effectiveness} 有効性, {@code efficiency} 効率性: 4 (best)
	 * to 1
	 * @param directionCode 今後の方向性 ({@code expand}, {@code continue}, {@code improve},
	 * {@code reduce}, {@code end}); {@code directionLabel} as printed (改善して継続)
	 */
	public record Stage(int position, String name, int necessity, int effectiveness, int efficiency,
			String directionCode, String directionLabel, String reason, String comment, String author,
			Instant completedAt) {
	}

	/**
	 * The decision on a program for the next year.
	 *
	 * @param budgetConsequence what it means for the next budget (as written), or
	 * {@code null}
	 */
	public record Decision(String directionCode, String directionLabel, String reason, String budgetConsequence,
			String decidedBy, LocalDate decidedOn) {
	}

	/**
	 * A row of the national effect-verification form (地方創生関係交付金の効果検証).
	 *
	 * @param effectCode 事業効果 ({@code very-effective} 地方創生に非常に効果的であった,
	 * {@code considerable} 相当程度効果があった, {@code effective} 効果があった, {@code not-effective}
	 * 効果がなかった), {@code null} while not assessed
	 * @param policyCode 今後の方針 ({@code develop} 事業の発展, {@code review} 見直し,
	 * {@code continue} 継続, {@code stop} 中止, {@code end} 終了), {@code null} while not
	 * decided
	 */
	public record EffectRow(long kpiId, String kpiKey, String indicator, String unit, Figure target, Figure actual,
			String effectCode, String effectLabel, String expertOpinion, String policyCode, String policyLabel,
			String policyReason) {
	}

	/**
	 * An expert's opinion (委員意見) with the division's response (対応方針) and, a year later,
	 * its follow-up (対応状況).
	 *
	 * @param subjectKind {@code plan}, {@code node}, {@code program} or {@code kpi}
	 * @param subjectTitle what it is about, as printed
	 * @param year the fiscal year of values it is on (西暦)
	 * @param expert who gave it (the expert's name as printed)
	 * @param followUpCode {@code done} (対応済), {@code in-progress} (対応中),
	 * {@code not-started} (未対応), or {@code null} while none is recorded
	 */
	public record Opinion(long id, String subjectKind, String subjectTitle, int year, String yearLabel,
			LocalDate givenOn, String expert, String text, String response, String followUpCode, String followUpLabel,
			String followUpNote) {
	}

	/** A program's logic model (ロジックモデル), drawn from left to right. */
	public record LogicModel(long programId, String programName, List<LogicElement> elements) {

		public LogicModel {
			elements = List.copyOf(elements);
		}

	}

	/**
	 * One box of a logic model.
	 *
	 * @param stage {@code input}, {@code activity}, {@code output}, {@code short-term},
	 * {@code medium-term} or {@code long-term}
	 * @param indicator the name of the KPI it is measured by, or {@code null};
	 * {@code unit} and {@code direction} (increase, decrease, maintain) that KPI's
	 */
	public record LogicElement(String stage, String text, String indicator, String unit, String direction) {
	}

	/**
	 * The corporate donations (企業版ふるさと納税) against the plan's budget guide.
	 *
	 * @param unit the unit the plan writes money in (千円)
	 * @param budget the guide over the period (530,000千円)
	 * @param cumulative received from the start of the period to the data year
	 * @param share cumulative ÷ budget in percent, one decimal, half-up;
	 * {@code shareText} as printed
	 * @param lines the donations of the data year; an anonymous donor's name is never
	 * here
	 * @param examples whether any of them is a sample-data example, not a real donation
	 */
	public record Donations(String unit, Money budget, int fromYear, int toYear, String periodLabel,
			List<YearTotal> years, Money cumulative, BigDecimal share, String shareText, List<DonationLine> lines,
			boolean examples) {

		public Donations {
			years = List.copyOf(years);
			lines = List.copyOf(lines);
		}

	}

	public record YearTotal(int year, String yearLabel, Money total, Money cumulative) {
	}

	/**
	 * @param donor the donor's name, or {@code null} for one who does not want to be
	 * named
	 * @param programName the program it is designated to, or {@code null}
	 */
	public record DonationLine(String donor, LocalDate receivedOn, Money amount, String programName, boolean example) {
	}

}
