package jp.suishin.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of an edition's open data: one organisation × plan × KPI × fiscal year. The
 * columns, their order, their Japanese names and their JSON keys are {@link Column}'s.
 *
 * @param localGovernmentCode the publisher's 全国地方公共団体コード (6 digits), or {@code null} for
 * a body without one (a 振興局, a council)
 * @param sectionTitle the section (プロジェクト) the KPI is listed under first
 * @param value the year's value as a bare number, {@code null} when pending or none
 * @param status 確定, 速報 or 集計中; {@code null} where nothing is recorded for the year
 * @param progressRate 進捗率 in percent (one decimal); only on the row of the year the
 * edition grades, {@code null} elsewhere and where it cannot be computed
 * @param grade the grade's label; only on the graded year's row
 */
public record OpenDataRecord(String localGovernmentCode, String localGovernmentName, String planKey, String planName,
		String sectionTitle, String kpiKey, String kpiName, String unit, int fiscalYear, String fiscalYearJapanese,
		BigDecimal value, String status, BigDecimal baselineValue, Integer baselineYear, BigDecimal targetValue,
		Integer targetYear, BigDecimal progressRate, String grade, long editionId, LocalDate publishedOn) {
}
