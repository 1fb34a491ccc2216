package jp.suishin.planimport;

import java.util.List;
import java.util.SortedMap;

import jp.suishin.notation.FiscalYear;

/**
 * One KPI row of a plan's KPI sheet, as written (validation is the dry run's).
 *
 * @param sheet the sheet's name
 * @param row the sheet row from 1
 * @param path the titles of the nodes the KPI is listed under, from level 1 down
 * @param name the KPI's name without （再掲）
 * @param relisted whether the name was marked （再掲）
 * @param unit from the 単位 column, else the header, else the values' suffix; or
 * {@code null}
 * @param direction 増加 / 減少 / 維持 (or as written when not one of them)
 * @param directionInferred whether the direction was inferred from baseline → target
 * @param aggregation as written, or {@code null}
 * @param baseline the baseline, or {@code null}
 * @param baselineYear as written ({@code H30}, {@code 2018}), or {@code null}
 * @param target the target, or {@code null}
 * @param targetYear as written, or {@code null}
 * @param definition as written, or {@code null}
 * @param department as written, or {@code null}
 * @param values the values by fiscal year, as written
 */
public record SheetKpiRow(String sheet, int row, List<String> path, String name, boolean relisted, String unit,
		String direction, boolean directionInferred, String aggregation, WrittenValue baseline, String baselineYear,
		WrittenValue target, String targetYear, String definition, String department,
		SortedMap<FiscalYear, WrittenValue> values) {

	public SheetKpiRow {
		path = List.copyOf(path);
		values = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(values));
	}

}
