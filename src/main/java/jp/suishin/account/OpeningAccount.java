package jp.suishin.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jp.suishin.refusal.Problem;

/**
 * Opens accounts and grants roles, with the rules on login names and passwords (ASVS
 * level 2: at least 12 characters, any characters, not the login name; at most what
 * bcrypt reads, 72 bytes: 72 letters or 24 kanji).
 */
public final class OpeningAccount {

	public static final int PASSWORD_MIN = 12;

	public static final int PASSWORD_MAX = 72;

	/** bcrypt reads at most 72 bytes: 72 letters or digits, 24 kanji or kana. */
	public static final int PASSWORD_MAX_BYTES = 72;

	private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

	private final AccountRepository accounts;

	private final PasswordHasher hasher;

	public OpeningAccount(AccountRepository accounts, PasswordHasher hasher) {
		this.accounts = accounts;
		this.hasher = hasher;
	}

	/**
	 * Opens an account.
	 * @return the problems by field name; empty when the account was opened
	 */
	public Map<String, Problem> open(NewAccount account, String actor) {
		Map<String, Problem> problems = new LinkedHashMap<>();
		String login = account.login() == null ? "" : account.login().strip();
		if (!LOGIN.matcher(login).matches()) {
			problems.put("login", Problem.of("account.login.invalid"));
		}
		else if (accounts.findByLogin(login).isPresent()) {
			problems.put("login", Problem.of("account.login.taken", login));
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 200) {
			problems.put("displayName", Problem.of("account.display-name.required"));
		}
		String email = account.email() == null || account.email().isBlank() ? null : account.email().strip();
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.put("email", Problem.of("account.email.invalid", email));
		}
		passwordProblem(account.password(), login).ifPresent(p -> problems.put("password", p));
		if (problems.isEmpty()) {
			accounts.add(new NewAccount(login, account.displayName().strip(), email, null, account.administrator()),
					hasher.hash(account.password()), actor);
		}
		return problems;
	}

	/** Grants a role; the caller has checked that the actor may. */
	public void grant(long accountId, Grant grant, String actor) {
		accounts.grant(accountId, grant, actor);
	}

	public void revoke(long accountId, long organisationId, Role role, String actor) {
		accounts.revoke(accountId, organisationId, role, actor);
	}

	/**
	 * An administrator sets a new password for somebody who forgot theirs; the account's
	 * sessions end.
	 * @return the problem with the password, or empty when it was set
	 */
	public java.util.Optional<Problem> resetPassword(long accountId, String password, String actor) {
		Account account = accounts.findById(accountId).orElseThrow();
		java.util.Optional<Problem> problem = passwordProblem(password, account.login());
		if (problem.isEmpty()) {
			accounts.changePassword(accountId, hasher.hash(password), actor);
		}
		return problem;
	}

	/** Enables or disables an account; a disabled account's sessions end at once. */
	public void setEnabled(long accountId, boolean enabled, String actor) {
		accounts.setEnabled(accountId, enabled, actor);
	}

	/**
	 * Changes one's own password; the current one has to be given too.
	 * @return the problems by field name; empty when the password was changed
	 */
	public Map<String, Problem> changePassword(long accountId, String current, String password, String actor) {
		Account account = accounts.findById(accountId).orElseThrow();
		Map<String, Problem> problems = new LinkedHashMap<>();
		if (!hasher.matches(current, accounts.passwordDigest(account.login()).orElse(null))) {
			problems.put("currentPassword", Problem.of("account.password.current-wrong"));
		}
		passwordProblem(password, account.login()).ifPresent(p -> problems.put("password", p));
		if (problems.isEmpty()) {
			accounts.changePassword(accountId, hasher.hash(password), actor);
		}
		return problems;
	}

	static java.util.Optional<Problem> passwordProblem(String password, String login) {
		if (password == null || password.codePointCount(0, password.length()) < PASSWORD_MIN) {
			return java.util.Optional.of(Problem.of("account.password.too-short", PASSWORD_MIN));
		}
		if (password.codePointCount(0, password.length()) > PASSWORD_MAX
				|| password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			return java.util.Optional.of(Problem.of("account.password.too-long", PASSWORD_MAX, PASSWORD_MAX_BYTES / 3));
		}
		if (password.equalsIgnoreCase(login)) {
			return java.util.Optional.of(Problem.of("account.password.is-login"));
		}
		return java.util.Optional.empty();
	}

}
