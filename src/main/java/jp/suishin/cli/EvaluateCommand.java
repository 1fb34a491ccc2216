package jp.suishin.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.suishin.exchange.KpiTable;
import jp.suishin.exchange.KpiTableReader;
import jp.suishin.exchange.UnreadableSheet;
import jp.suishin.notation.FiscalYear;
import jp.suishin.progress.Evaluation;
import jp.suishin.progress.EvaluationScheme;
import jp.suishin.progress.Evaluator;
import jp.suishin.progress.GradeSummary;
import jp.suishin.progress.KpiEvaluation;
import jp.suishin.progress.LintFinding;
import jp.suishin.progress.Measures;
import jp.suishin.progress.SchemeException;
import jp.suishin.progress.Schemes;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate --year <fiscal year> [--scheme <name or YAML file>] <KPI table CSV or xlsx>}:
 * prints the evaluation as JSON on standard output and nothing else; exits 0, or 2 with a
 * message on standard error when the input is malformed.
 */
public final class EvaluateCommand {

	public static final int OK = 0;

	public static final int MALFORMED = 2;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private EvaluateCommand() {
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			Arguments arguments = Arguments.parse(args);
			EvaluationScheme scheme = Schemes.resolve(arguments.scheme());
			KpiTable table = read(arguments.file());
			Evaluation evaluation = new Evaluator(scheme).evaluate(arguments.year(), table.rows(), null,
					findings(table));
			out.println(JSON.writeValueAsString(toJson(evaluation)));
			out.flush();
			return OK;
		}
		catch (MalformedInputException | SchemeException ex) {
			err.println(ex.getMessage());
			return MALFORMED;
		}
	}

	/** The KPI table in the one sheet format: CSV (UTF-8 or Shift_JIS) or xlsx. */
	private static KpiTable read(Path file) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new MalformedInputException(CliText.format("cli.file.unreadable", file, ex.getMessage()));
		}
		try {
			return KpiTableReader.read(file.getFileName().toString(), content);
		}
		catch (UnreadableSheet ex) {
			String problem = CliText.format(ex.problem());
			if (ex.column() != null) {
				throw new MalformedInputException(
						CliText.format("exchange.at-cell", ex.row(), ex.column(), ex.cell(), problem));
			}
			throw new MalformedInputException(
					ex.row() > 0 ? CliText.format("exchange.at-row", ex.row(), problem) : problem);
		}
	}

	/** Values in another unit than their KPI's are left out, and said so. */
	private static List<LintFinding> findings(KpiTable table) {
		return table.mismatches()
			.stream()
			.map(m -> new LintFinding(m.kpi(), LintFinding.Kind.UNIT_MISMATCH,
					CliText.format("cli.lint.unit-mismatch", m.row(), m.column(), m.cell(), m.unit().text())))
			.toList();
	}

	static Map<String, Object> toJson(Evaluation evaluation) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("year", evaluation.year().value());
		json.put("scheme", evaluation.scheme().name());
		List<Map<String, Object>> kpis = new ArrayList<>();
		for (KpiEvaluation e : evaluation.rows()) {
			Map<String, Object> kpi = new LinkedHashMap<>();
			kpi.put("project", e.kpi().project());
			kpi.put("name", e.kpi().name());
			kpi.put("relisted", e.kpi().relisted());
			kpi.put("actual", e.amount());
			kpi.put("actualYear", e.actual() == null ? null : e.actualYear().value());
			kpi.put("status", e.status().code());
			kpi.put("method", e.methodCode());
			kpi.put("milestone", e.milestone() == null ? null : plain(e.milestone().shown()));
			kpi.put("milestoneYear", e.milestone() == null ? null : e.milestone().year().value());
			kpi.put("milestoneSource",
					e.milestone() == null ? null : e.milestone().source().name().toLowerCase(Locale.ROOT));
			kpi.put("progressRate", e.progressRateOneDecimal());
			kpi.put("grade", e.grade().code());
			Map<String, Object> forecast = new LinkedHashMap<>();
			forecast.put("targetYear", e.forecast().targetYear() == null ? null : e.forecast().targetYear().value());
			forecast.put("linear", Measures.oneDecimal(e.forecast().linear()));
			forecast.put("compound", Measures.oneDecimal(e.forecast().compound()));
			forecast.put("basedOn", e.forecast().basedOn());
			forecast.put("outlook", e.forecast().outlook().name().toLowerCase(Locale.ROOT));
			kpi.put("forecast", forecast);
			kpis.add(kpi);
		}
		json.put("kpis", kpis);
		GradeSummary summary = evaluation.summary();
		Map<String, Object> summaryJson = new LinkedHashMap<>();
		summaryJson.put("unique", summary.unique());
		summaryJson.put("evaluated", summary.evaluated());
		summaryJson.put("pending", summary.pending());
		summaryJson.put("none", summary.none());
		Map<String, Integer> byGrade = new LinkedHashMap<>();
		Map<String, Integer> shares = new LinkedHashMap<>();
		for (GradeSummary.GradeCount count : summary.grades()) {
			byGrade.put(count.code(), count.count());
			shares.put(count.code(), count.percent());
		}
		summaryJson.put("byGrade", byGrade);
		summaryJson.put("shares", shares);
		json.put("summary", summaryJson);
		json.put("analysis", evaluation.analysis());
		List<Map<String, String>> lint = new ArrayList<>();
		for (LintFinding finding : evaluation.lint()) {
			lint.add(Map.of("kpi", finding.kpi(), "kind", finding.kind().name(), "message", finding.message()));
		}
		json.put("lint", lint);
		return json;
	}

	/**
	 * At most six decimals, no trailing zeros: an interpolated milestone is not printed
	 * with twenty.
	 */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal rounded = value.setScale(Math.min(value.scale(), 6), RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}

	/** The command line, checked. */
	record Arguments(FiscalYear year, String scheme, Path file) {

		static Arguments parse(List<String> args) {
			String year = null;
			String scheme = Schemes.DEFAULT;
			String file = null;
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				if ((arg.equals("--year") || arg.equals("--scheme")) && i + 1 >= args.size()) {
					throw new MalformedInputException(CliText.format("cli.usage"));
				}
				if (arg.equals("--year")) {
					year = args.get(++i);
				}
				else if (arg.equals("--scheme")) {
					scheme = args.get(++i);
				}
				else if (arg.startsWith("--year=")) {
					year = arg.substring("--year=".length());
				}
				else if (arg.startsWith("--scheme=")) {
					scheme = arg.substring("--scheme=".length());
				}
				else if (arg.startsWith("--") || file != null) {
					throw new MalformedInputException(CliText.format("cli.usage"));
				}
				else {
					file = arg;
				}
			}
			if (year == null || file == null) {
				throw new MalformedInputException(CliText.format("cli.usage"));
			}
			String writtenYear = year;
			FiscalYear fiscalYear = FiscalYear.parse(year)
				.orElseThrow(() -> new MalformedInputException(CliText.format("cli.year", writtenYear)));
			return new Arguments(fiscalYear, scheme, Path.of(file));
		}

	}

}
