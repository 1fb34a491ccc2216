package jp.suishin.account;

import java.util.List;
import java.util.Optional;

/** Where accounts and their grants are kept. */
public interface AccountRepository {

	Optional<Account> findById(long id);

	Optional<Account> findByLogin(String login);

	/** The password digest of an enabled account. */
	Optional<String> passwordDigest(String login);

	List<Account> findAll();

	boolean anyAdministrator();

	/** Opens an account and records it in the audit trail, in one transaction. */
	long add(NewAccount account, String passwordDigest, String actor);

	/**
	 * Grants a role (replacing the same role's department) and records it, in one
	 * transaction.
	 */
	void grant(long accountId, Grant grant, String actor);

	void revoke(long accountId, long organisationId, Role role, String actor);

	/**
	 * Changes a password and records it; sessions signed in before end, and every API
	 * token of the account is revoked in the same transaction.
	 */
	void changePassword(long accountId, String passwordDigest, String actor);

	/**
	 * Enables or disables an account and records it; a disabled account's sessions end
	 * and its API tokens are revoked in the same transaction (enabling it again brings
	 * none of them back).
	 */
	void setEnabled(long accountId, boolean enabled, String actor);

	/** The enabled accounts that edit for a department. */
	List<Account> editorsOf(long departmentId);

}
