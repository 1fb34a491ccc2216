package jp.suishin;

import java.util.Arrays;

import jp.suishin.cli.EvaluateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SuishinApplication {

	/**
	 * Runs the web application, or with {@code evaluate} as the first argument the
	 * evaluation command, which starts no Spring context, web server or database and
	 * prints only its JSON.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("evaluate")) {
			System.exit(EvaluateCommand.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
		}
		SpringApplication.run(SuishinApplication.class, args);
	}

}
