package jp.suishin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.organisation.Organization;
import jp.suishin.planimport.ImportReport;
import jp.suishin.planimport.ImportReportJson;
import jp.suishin.planimport.ImportingPlan;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import-plan --owner <code or name> [--plan <name>] [--period 2020-2027]
 * [--dry-run] FILE}: imports a plan's KPI sheet on the configured database and prints
 * only the import's report as JSON. Exits 0 when imported (or, with {@code --dry-run},
 * importable), 2 with the same JSON when the sheet has problems (nothing stored), 2 with
 * a message on standard error for bad arguments. The command acts as a planner of the
 * owner, attributed {@value #USER}.
 */
public final class ImportPlanCommand {

	public static final String NAME = "import-plan";

	public static final String USER = "cli:import-plan";

	public static final int OK = 0;

	public static final int PROBLEMS = 2;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private ImportPlanCommand() {
	}

	/** The command's arguments as given. */
	record Arguments(String owner, String plan, String period, boolean dryRun, Path file) {

		static Arguments parse(List<String> args) {
			String owner = null;
			String plan = null;
			String period = null;
			boolean dryRun = false;
			List<String> files = new ArrayList<>();
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
				switch (option) {
					case "--owner", "--plan", "--period" -> {
						String value = inline;
						if (value == null) {
							if (i + 1 >= args.size()) {
								throw new MalformedInputException(
										CliText.format("planimport.cli.option-value", option));
							}
							value = args.get(++i);
						}
						if (option.equals("--owner")) {
							owner = value;
						}
						else if (option.equals("--plan")) {
							plan = value;
						}
						else {
							period = value;
						}
					}
					case "--dry-run" -> dryRun = true;
					default -> {
						if (arg.startsWith("--")) {
							// Spring's own settings (--spring.datasource.url=…) pass
							// through
							if (!arg.contains("=") || !arg.substring(2).contains(".")) {
								throw new MalformedInputException(CliText.format("planimport.cli.option-unknown", arg));
							}
						}
						else {
							files.add(arg);
						}
					}
				}
			}
			if (owner == null || owner.isBlank()) {
				throw new MalformedInputException(CliText.format("planimport.cli.owner-missing"));
			}
			if (files.size() != 1) {
				throw new MalformedInputException(CliText.format("planimport.cli.file-missing"));
			}
			return new Arguments(owner, plan, period, dryRun, Path.of(files.get(0)));
		}

	}

	/** Checks the arguments before anything starts: a message for bad ones, else none. */
	public static String malformed(List<String> args) {
		try {
			Arguments.parse(args);
			return null;
		}
		catch (MalformedInputException ex) {
			return ex.getMessage() + System.lineSeparator() + CliText.format("planimport.cli.usage");
		}
	}

	/** The Spring settings among the arguments ({@code --spring.datasource.url=…}). */
	public static String[] springArguments(List<String> args) {
		return args.stream()
			.filter(a -> a.startsWith("--") && a.contains("=") && a.substring(2, a.indexOf('=')).contains("."))
			.toArray(String[]::new);
	}

	public static int run(ImportingPlan importing, List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments;
		byte[] content;
		try {
			arguments = Arguments.parse(args);
			try {
				content = Files.readAllBytes(arguments.file());
			}
			catch (IOException ex) {
				throw new MalformedInputException(
						CliText.format("planimport.cli.file-unreadable", arguments.file(), ex.getMessage()));
			}
		}
		catch (MalformedInputException ex) {
			err.println(ex.getMessage());
			err.println(CliText.format("planimport.cli.usage"));
			return PROBLEMS;
		}
		try {
			Organization owner = importing.owner(arguments.owner());
			Viewer system = new Viewer(0L, USER, USER, false, List.of(new Grant(owner.id(), Role.PLANNER, null)));
			ImportingPlan.Request request = new ImportingPlan.Request(arguments.owner(), arguments.plan(),
					arguments.period(), arguments.file().getFileName().toString(), content, Map.of());
			ImportReport report = arguments.dryRun() ? importing.dryRun(system, request)
					: importing.commit(system, request);
			out.println(JSON.writeValueAsString(ImportReportJson.toJson(report, CliText::format)));
			out.flush();
			return report.hasProblems() ? PROBLEMS : OK;
		}
		catch (Refused refused) {
			err.println(CliText.format("planimport.cli.refused", describe(refused.refusal())));
			return PROBLEMS;
		}
	}

	private static String describe(Refusal refusal) {
		if (refusal instanceof Refusal.Invalid invalid) {
			return String.join(" ", invalid.problems().stream().map(p -> CliText.format(p.problem())).toList());
		}
		if (refusal instanceof Refusal.Conflict conflict) {
			return CliText.format(conflict.problem());
		}
		return CliText.format("planimport.cli.forbidden");
	}

}
