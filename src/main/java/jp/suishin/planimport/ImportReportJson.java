package jp.suishin.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jp.suishin.planimport.ImportReport.Counts;
import jp.suishin.planimport.ImportReport.Figure;
import jp.suishin.planimport.ImportReport.Issue;
import jp.suishin.planimport.ImportReport.KpiPart;
import jp.suishin.planimport.ImportReport.ValuePart;
import jp.suishin.refusal.Problem;

/**
 * An import's report as the JSON the command line prints and the API answers (numbers as
 * JSON numbers), each problem's message in the reader's language.
 */
public final class ImportReportJson {

	private ImportReportJson() {
	}

	public static Map<String, Object> toJson(ImportReport report, Function<Problem, String> messages) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dryRun", report.dryRun());
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("id", report.planId());
		plan.put("name", report.plan().name());
		plan.put("owner", report.plan().owner());
		Map<String, Object> period = new LinkedHashMap<>();
		period.put("from", report.plan().from() == null ? null : report.plan().from().value());
		period.put("to", report.plan().to() == null ? null : report.plan().to().value());
		plan.put("period", period);
		plan.put("levels", report.plan().levels());
		plan.put("existing", report.plan().existing());
		json.put("plan", plan);
		json.put("created", counts(report.created()));
		json.put("changed", counts(report.changed()));
		json.put("unchanged", counts(report.unchanged()));
		List<Object> kpis = new ArrayList<>();
		for (KpiPart kpi : report.kpis()) {
			Map<String, Object> k = new LinkedHashMap<>();
			k.put("sheet", kpi.sheet());
			k.put("row", kpi.row());
			k.put("path", kpi.path());
			k.put("name", kpi.name());
			k.put("relisted", kpi.relisted());
			k.put("unit", kpi.unit());
			k.put("direction", kpi.direction());
			k.put("directionInferred", kpi.directionInferred());
			k.put("aggregation", kpi.aggregation());
			k.put("baseline", figure(kpi.baseline()));
			k.put("target", figure(kpi.target()));
			Map<String, Object> values = new LinkedHashMap<>();
			kpi.values().forEach((year, value) -> values.put(String.valueOf(year.value()), value(value)));
			k.put("values", values);
			k.put("change", word(kpi.change()));
			kpis.add(k);
		}
		json.put("kpis", kpis);
		json.put("columns", report.columns().stream().map(c -> {
			Map<String, Object> column = new LinkedHashMap<>();
			column.put("column", c.letter());
			column.put("header", c.header());
			column.put("role", c.role().name().toLowerCase(Locale.ROOT));
			if (c.level() > 0) {
				column.put("level", c.level());
			}
			if (c.year() != null) {
				column.put("year", c.year().value());
			}
			column.put("detected", c.detected());
			return column;
		}).toList());
		json.put("ignoredColumns", report.ignoredColumns());
		json.put("formulaCells", report.formulaCells());
		json.put("warnings", issues(report.warnings(), messages, false));
		json.put("refused", issues(report.refused(), messages, true));
		json.put("problems", issues(report.problems(), messages, true));
		return json;
	}

	private static Map<String, Object> counts(Counts counts) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nodes", counts.nodes());
		json.put("kpis", counts.kpis());
		json.put("values", counts.values());
		return json;
	}

	private static Map<String, Object> figure(Figure figure) {
		if (figure == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("value", figure.value());
		json.put("year", figure.year() == null ? null : figure.year().value());
		return json;
	}

	private static Map<String, Object> value(ValuePart value) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("value", value.value());
		json.put("status", value.status());
		if (value.expectedMonth() != null) {
			json.put("expectedMonth", value.expectedMonth());
		}
		json.put("change", word(value.change()));
		return json;
	}

	private static String word(ImportReport.Change change) {
		return change == null ? null : change.name().toLowerCase(Locale.ROOT);
	}

	private static List<Object> issues(List<Issue> issues, Function<Problem, String> messages, boolean withCell) {
		List<Object> json = new ArrayList<>();
		for (Issue issue : issues) {
			Map<String, Object> i = new LinkedHashMap<>();
			i.put("sheet", issue.sheet());
			i.put("row", issue.row());
			i.put("column", issue.column());
			if (withCell) {
				i.put("cell", issue.cell());
			}
			i.put("message", messages.apply(issue.problem()));
			json.add(i);
		}
		return json;
	}

}
