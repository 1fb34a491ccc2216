package jp.suishin.cli;

import java.util.List;

import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.LintFinding;

/**
 * A KPI table read from a file: its rows, and the findings made while reading (values in
 * a wrong unit).
 */
record KpiTable(List<KpiFigures> rows, List<LintFinding> findings) {

	KpiTable {
		rows = List.copyOf(rows);
		findings = List.copyOf(findings);
	}

}
