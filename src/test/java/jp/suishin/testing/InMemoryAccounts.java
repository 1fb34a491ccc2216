package jp.suishin.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.account.Grant;
import jp.suishin.account.NewAccount;
import jp.suishin.account.Role;

/**
 * Accounts in memory, as far as reminders need them: each department has one editor,
 * {@code editor-<id>}, mailed at {@code editor-<id>@example.jp}.
 */
public final class InMemoryAccounts implements AccountRepository {

	@Override
	public List<Account> editorsOf(long departmentId) {
		return List.of(new Account(departmentId, "editor-" + departmentId, "editor",
				"editor-" + departmentId + "@example.jp", false, true, List.of(), Instant.EPOCH));
	}

	@Override
	public Optional<Account> findById(long id) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<Account> findByLogin(String login) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Optional<String> passwordDigest(String login) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Account> findAll() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean anyAdministrator() {
		throw new UnsupportedOperationException();
	}

	@Override
	public long add(NewAccount account, String passwordDigest, String actor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void grant(long accountId, Grant grant, String actor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void revoke(long accountId, long organisationId, Role role, String actor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void changePassword(long accountId, String passwordDigest, String actor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void setEnabled(long accountId, boolean enabled, String actor) {
		throw new UnsupportedOperationException();
	}

}
