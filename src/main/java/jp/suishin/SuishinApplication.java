package jp.suishin;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntBiFunction;

import jp.suishin.account.web.CreateAdministratorCommand;
import jp.suishin.cli.CliText;
import jp.suishin.cli.EvaluateCommand;
import jp.suishin.cli.ImportPlanCommand;
import jp.suishin.cli.ReportCommand;
import jp.suishin.document.DraftingReport;
import jp.suishin.document.render.ReportHtml;
import jp.suishin.document.render.ReportPdf;
import jp.suishin.document.render.ReportWorkbook;
import jp.suishin.plan.PlanRepository;
import jp.suishin.planimport.ImportingPlan;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class SuishinApplication {

	/**
	 * Runs the web application, or with {@code evaluate} as the first argument the
	 * evaluation command, which starts no Spring context, web server or database and
	 * prints only its JSON, or with {@code create-admin} the command that opens a system
	 * administrator (see {@link CreateAdministratorCommand}), or with {@code import-plan}
	 * the import of a plan's KPI sheet ({@link ImportPlanCommand}: on the configured
	 * database, no web server, only JSON on standard output), or with {@code report} the
	 * report of a plan for a fiscal year written to a file ({@link ReportCommand}, the
	 * same way). Any other first argument that is not an option ({@code --…}) is an
	 * unknown subcommand: the usage, exit 2.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("evaluate")) {
			System.exit(EvaluateCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals(CreateAdministratorCommand.NAME)) {
			SpringApplication application = new SpringApplication(SuishinApplication.class);
			application.setWebApplicationType(WebApplicationType.NONE);
			ConfigurableApplicationContext context = application.run(args);
			List<String> operands = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
			int status = context.getBean(CreateAdministratorCommand.class)
				.run(operands, System.console(), System.in, System.out, System.err);
			System.exit(SpringApplication.exit(context, () -> status));
		}
		if (args.length > 0 && args[0].equals(ImportPlanCommand.NAME)) {
			System.exit(importPlan(Arrays.asList(args).subList(1, args.length)));
		}
		if (args.length > 0 && args[0].equals(ReportCommand.NAME)) {
			System.exit(report(Arrays.asList(args).subList(1, args.length)));
		}
		if (args.length > 0 && !args[0].startsWith("--")) {
			System.err.println(CliText.unknownCommand(args[0]));
			System.exit(2);
		}
		SpringApplication.run(SuishinApplication.class, args);
	}

	private static int importPlan(List<String> args) {
		String malformed = ImportPlanCommand.malformed(args);
		if (malformed != null) {
			System.err.println(malformed);
			return ImportPlanCommand.PROBLEMS;
		}
		return onTheDatabase(ImportPlanCommand.springArguments(args),
				(context, out) -> ImportPlanCommand.run(context.getBean(ImportingPlan.class), args, out, System.err));
	}

	private static int report(List<String> args) {
		String malformed = ReportCommand.malformed(args);
		if (malformed != null) {
			System.err.println(malformed);
			return ReportCommand.MALFORMED;
		}
		return onTheDatabase(ReportCommand.springArguments(args), (context, out) -> {
			ReportCommand.Reporting reporting = new ReportCommand.Reporting(context.getBean(PlanRepository.class),
					context.getBean(DraftingReport.class), context.getBean(ReportHtml.class),
					context.getBean(ReportPdf.class), context.getBean(ReportWorkbook.class));
			return ReportCommand.run(reporting, args, out, System.err);
		});
	}

	/**
	 * Runs a command in the application without its web server, on the configured
	 * database. Standard output carries only what the command prints: the banner and the
	 * log go to standard error (the console appender writes to whatever System.out is
	 * when it writes).
	 */
	private static int onTheDatabase(String[] springArguments,
			ToIntBiFunction<ConfigurableApplicationContext, PrintStream> command) {
		PrintStream out = System.out;
		System.setOut(System.err);
		SpringApplication application = new SpringApplication(SuishinApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		ConfigurableApplicationContext context = application.run(springArguments);
		int status = command.applyAsInt(context, out);
		return SpringApplication.exit(context, () -> status);
	}

}
