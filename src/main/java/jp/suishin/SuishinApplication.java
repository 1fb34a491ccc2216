package jp.suishin;

import java.util.Arrays;
import java.util.List;

import jp.suishin.account.web.CreateAdministratorCommand;
import jp.suishin.cli.EvaluateCommand;

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
	 * administrator (see {@link CreateAdministratorCommand}).
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
		SpringApplication.run(SuishinApplication.class, args);
	}

}
