package jp.suishin.account.web;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.suishin.account.NewAccount;
import jp.suishin.account.OpeningAccount;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.web.ProblemMessages;

import java.util.Locale;

/**
 * {@code java -jar suishin.jar create-admin <login> [<name>] [<e-mail>]}: opens a system
 * administrator with a password typed at the prompt (or read from standard input), so no
 * installation ever has a default password. Runs against the configured database without
 * starting the web server.
 */
public final class CreateAdministratorCommand {

	public static final String NAME = "create-admin";

	private final OpeningAccount opening;

	private final ProblemMessages messages;

	public CreateAdministratorCommand(OpeningAccount opening, ProblemMessages messages) {
		this.opening = opening;
		this.messages = messages;
	}

	/**
	 * @return 0 when the account was opened, 2 when the input was refused
	 */
	public int run(List<String> args, Console console, java.io.InputStream in, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			err.println(text("cli.create-admin.usage"));
			return 2;
		}
		String login = args.get(0);
		String name = args.size() > 1 ? args.get(1) : login;
		String email = args.size() > 2 ? args.get(2) : null;
		String password;
		try {
			password = readPassword(console, in, out);
		}
		catch (IOException ex) {
			err.println(text("cli.create-admin.no-password"));
			return 2;
		}
		if (password == null) {
			err.println(text("cli.create-admin.no-password"));
			return 2;
		}
		Map<String, Problem> problems = opening.open(new NewAccount(login, name, email, password, true), "cli");
		if (!problems.isEmpty()) {
			messages.byField(problems, Locale.JAPANESE)
				.forEach((field, message) -> err.println(text("field." + field) + ": " + message));
			return 2;
		}
		out.println(text("cli.create-admin.done", login));
		return 0;
	}

	private String readPassword(Console console, java.io.InputStream in, PrintStream out) throws IOException {
		if (console != null) {
			char[] first = console.readPassword("%s", text("cli.create-admin.prompt"));
			char[] second = console.readPassword("%s", text("cli.create-admin.prompt-again"));
			if (first == null || second == null || !new String(first).equals(new String(second))) {
				return null;
			}
			return new String(first);
		}
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
	}

	private String text(String key, Object... args) {
		return messages.text(key, Locale.JAPANESE, args);
	}

}
