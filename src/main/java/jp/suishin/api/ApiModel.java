package jp.suishin.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.progress.KpiEvaluation;

/**
 * The JSON shapes of the API: small records, so that the wire format never follows a
 * domain refactoring by chance.
 */
final class ApiModel {

	private ApiModel() {
	}

	record OrganisationJson(long id, String key, String name, String kind, String localGovernmentCode, Long parentId,
			List<MemberJson> members) {
	}

	record MemberJson(long id, String key, String name, String role, String localGovernmentCode) {
	}

	record YearJson(int fiscalYear, String era, String japanese) {

		static YearJson of(FiscalYear year) {
			return year == null ? null : new YearJson(year.value(), year.eraLabel(), year.japaneseLabel());
		}

	}

	record PeriodJson(YearJson from, YearJson to) {

		static PeriodJson of(FiscalPeriod period) {
			return new PeriodJson(YearJson.of(period.from()), YearJson.of(period.to()));
		}

	}

	record PlanSummaryJson(long id, String key, String name, long ownerId, String ownerName, PeriodJson period,
			List<String> levelNames) {
	}

	record DonationBudgetJson(BigDecimal amount, String unit, String display, PeriodJson period, String note) {
	}

	record PlanJson(long id, String key, String name, long ownerId, String ownerName, PeriodJson period,
			List<String> levelNames, String source, String summary, DonationBudgetJson donationBudget,
			List<NodeJson> nodes) {
	}

	record NodeJson(long id, int depth, String level, String code, String title, String summary, String area,
			List<String> marks, String lead, List<ProgramJson> programs, List<ListedKpiJson> kpis,
			List<NodeJson> children) {
	}

	record ProgramJson(long id, String name, String lead, String summary, YearJson year) {
	}

	record ListedKpiJson(long id, String key, String name, boolean relisted) {
	}

	record FigureJson(BigDecimal value, YearJson year, String display) {
	}

	record KpiJson(long id, String key, long planId, String name, String unit, String direction, String aggregation,
			FigureJson baseline, FigureJson target, String department, String definition, List<ValueJson> values,
			List<FigureJson> milestones, List<RevisionJson> baselineRevisions) {
	}

	record RevisionJson(FigureJson baseline, String revisedOn, String reason, String revisedBy) {
	}

	record ValueJson(YearJson year, String status, BigDecimal amount, Integer expectedMonth, String display,
			String note, int version, Instant updatedAt, String updatedBy) {

		/**
		 * A value as the read model gave it: {@code updatedBy} is {@code null} for those
		 * who may not know who changed it.
		 */
		static ValueJson of(Kpi kpi, YearlyValue value) {
			return new ValueJson(YearJson.of(value.year()), value.actual().status().name(),
					value.actual().amount().orElse(null),
					value.actual() instanceof jp.suishin.kpi.Actual.Pending p ? p.expectedMonth() : null,
					value.actual().display(kpi.unit()), value.note(), value.version(), value.updatedAt(),
					value.updatedBy());
		}

	}

	/**
	 * A KPI's evaluation in a year: {@code percent} is the progress rate rounded half-up
	 * to one decimal ({@code null} without a rate), {@code method} how it was computed,
	 * {@code grade} the scheme's label (or {@code pending} / {@code none}).
	 */
	record ProgressJson(BigDecimal percent, String display, String method, String status, Integer actualYear,
			String grade, String gradeLabel, String comparisonGrade, BigDecimal milestone, Integer milestoneYear,
			String outlook) {

		static ProgressJson of(KpiEvaluation evaluation) {
			return new ProgressJson(evaluation.progressRateOneDecimal(), evaluation.progressDisplay(),
					evaluation.methodCode(), evaluation.status().code(),
					evaluation.actual() == null ? null : evaluation.actualYear().value(), evaluation.grade().code(),
					evaluation.grade().label(),
					evaluation.comparisonGrade() == null ? null : evaluation.comparisonGrade().label(),
					evaluation.milestone() == null ? null : evaluation.milestone().shown(),
					evaluation.milestone() == null ? null : evaluation.milestone().year().value(),
					evaluation.forecast().outlook().name().toLowerCase(Locale.ROOT));
		}

	}

	record KpiListJson(long planId, String planName, String scheme, YearJson year, List<YearJson> columns,
			List<RowJson> rows, SummaryJson summary, String analysis, boolean analysisEdited, List<LintJson> lint) {
	}

	record LintJson(String kpi, String kind, String message) {
	}

	record RowJson(long nodeId, String node, long kpiId, String kpiKey, String kpi, boolean relisted, String baseline,
			List<CellJson> values, String target, ProgressJson progress) {
	}

	record CellJson(YearJson year, String status, BigDecimal amount, String display) {
	}

	record SummaryJson(int unique, int evaluated, int pending, int none, List<GradeJson> grades) {
	}

	record GradeJson(String label, String code, int count, int percent, int tenths) {
	}

}
