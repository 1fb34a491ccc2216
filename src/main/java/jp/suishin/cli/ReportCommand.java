package jp.suishin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.document.DraftingReport;
import jp.suishin.document.ReportDocument;
import jp.suishin.document.render.ReportHtml;
import jp.suishin.document.render.ReportPdf;
import jp.suishin.document.render.ReportWorkbook;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/**
 * {@code report --plan <id or key> --year <fiscal year of the values> --format
 * pdf|xlsx|html --out FILE [--lang ja|en]}: writes the report of a plan for a fiscal year
 * from the configured database, as a planner of the plan's owner sees it (a draft, not an
 * edition), attributed {@value #USER}. Exits 0 when written, 2 with a Japanese message on
 * standard error for bad arguments, an unknown plan or a file that cannot be written.
 */
public final class ReportCommand {

	public static final String NAME = "report";

	public static final String USER = "cli:report";

	public static final int OK = 0;

	public static final int MALFORMED = 2;

	private ReportCommand() {
	}

	/** The formats the report is written in. */
	public enum Format {

		PDF, XLSX, HTML;

		static Optional<Format> of(String written) {
			for (Format format : values()) {
				if (format.name().equalsIgnoreCase(written)) {
					return Optional.of(format);
				}
			}
			return Optional.empty();
		}

	}

	/** What the command needs of the application. */
	public record Reporting(PlanRepository plans, DraftingReport drafting, ReportHtml html, ReportPdf pdf,
			ReportWorkbook workbook) {
	}

	/** The command's arguments, checked. */
	record Arguments(String plan, FiscalYear year, Format format, Path out, Locale locale) {

		static Arguments parse(List<String> args) {
			String plan = null;
			String year = null;
			String format = null;
			String out = null;
			String lang = "ja";
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
				switch (option) {
					case "--plan", "--year", "--format", "--out", "--lang" -> {
						String value = inline;
						if (value == null) {
							if (i + 1 >= args.size()) {
								throw new MalformedInputException(CliText.format("cli.report.option-value", option));
							}
							value = args.get(++i);
						}
						switch (option) {
							case "--plan" -> plan = value;
							case "--year" -> year = value;
							case "--format" -> format = value;
							case "--out" -> out = value;
							default -> lang = value;
						}
					}
					default -> {
						// Spring's own settings (--spring.datasource.url=…) pass through
						if (!arg.startsWith("--") || !arg.contains("=") || !option.substring(2).contains(".")) {
							throw new MalformedInputException(CliText.format("cli.report.option-unknown", arg));
						}
					}
				}
			}
			if (plan == null || plan.isBlank()) {
				throw new MalformedInputException(CliText.format("cli.report.plan-missing"));
			}
			if (year == null) {
				throw new MalformedInputException(CliText.format("cli.report.year-missing"));
			}
			String writtenYear = year;
			FiscalYear fiscalYear = FiscalYear.parse(year)
				.orElseThrow(() -> new MalformedInputException(CliText.format("cli.year", writtenYear)));
			if (format == null) {
				throw new MalformedInputException(CliText.format("cli.report.format-missing"));
			}
			String writtenFormat = format;
			Format chosen = Format.of(format)
				.orElseThrow(() -> new MalformedInputException(CliText.format("cli.report.format", writtenFormat)));
			if (out == null || out.isBlank()) {
				throw new MalformedInputException(CliText.format("cli.report.out-missing"));
			}
			if (!lang.equals("ja") && !lang.equals("en")) {
				throw new MalformedInputException(CliText.format("cli.report.lang", lang));
			}
			return new Arguments(plan, fiscalYear, chosen, Path.of(out), Locale.forLanguageTag(lang));
		}

	}

	/** Checks the arguments before anything starts: a message for bad ones, else none. */
	public static String malformed(List<String> args) {
		try {
			Arguments.parse(args);
			return null;
		}
		catch (MalformedInputException ex) {
			return ex.getMessage() + System.lineSeparator() + CliText.format("cli.report.usage");
		}
	}

	/** The Spring settings among the arguments ({@code --spring.datasource.url=…}). */
	public static String[] springArguments(List<String> args) {
		return ImportPlanCommand.springArguments(args);
	}

	public static int run(Reporting reporting, List<String> args, PrintStream out, PrintStream err) {
		try {
			Arguments arguments = Arguments.parse(args);
			Plan plan = find(reporting.plans(), arguments.plan())
				.orElseThrow(() -> new MalformedInputException(CliText.format("cli.report.no-plan", arguments.plan())));
			Viewer planner = new Viewer(0L, USER, USER, false, List.of(new Grant(plan.ownerId(), Role.PLANNER, null)));
			ReportDocument document = reporting.drafting().draft(planner, plan.id(), arguments.year());
			byte[] content = switch (arguments.format()) {
				case PDF -> reporting.pdf().render(document, arguments.locale());
				case XLSX -> reporting.workbook().render(document, arguments.locale());
				case HTML -> reporting.html()
					.standalone(document, arguments.locale())
					.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			};
			write(arguments.out(), content);
			out.println(CliText.format("cli.report.written", arguments.out(), content.length));
			out.flush();
			return OK;
		}
		catch (MalformedInputException ex) {
			err.println(ex.getMessage());
			err.println(CliText.format("cli.report.usage"));
			return MALFORMED;
		}
		catch (Refused refused) {
			err.println(describe(refused.refusal(), args));
			return MALFORMED;
		}
	}

	/** A plan by its id or its key. */
	private static Optional<Plan> find(PlanRepository plans, String written) {
		if (written.chars().allMatch(Character::isDigit) && written.length() < 19) {
			Optional<Plan> byId = plans.findById(Long.parseLong(written));
			if (byId.isPresent()) {
				return byId;
			}
		}
		return plans.findByKey(written);
	}

	private static void write(Path file, byte[] content) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				throw new MalformedInputException(CliText.format("cli.report.out-unwritable", file, parent));
			}
			Files.write(file, content);
		}
		catch (IOException ex) {
			throw new MalformedInputException(CliText.format("cli.report.out-unwritable", file, ex.getMessage()));
		}
	}

	private static String describe(Refusal refusal, List<String> args) {
		if (refusal instanceof Refusal.NotFound) {
			return CliText.format("cli.report.no-plan", Arguments.parse(args).plan());
		}
		if (refusal instanceof Refusal.Invalid invalid) {
			return String.join(" ", invalid.problems().stream().map(p -> CliText.format(p.problem())).toList());
		}
		if (refusal instanceof Refusal.Conflict conflict) {
			return CliText.format(conflict.problem());
		}
		return CliText.format("cli.report.forbidden");
	}

}
