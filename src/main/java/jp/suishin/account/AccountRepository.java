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

	long add(NewAccount account, String passwordDigest, String actor);

	void grant(long accountId, Grant grant);

	void revoke(long accountId, long organisationId, Role role);

	void changePassword(long accountId, String passwordDigest);

	/** The enabled accounts that edit for a department. */
	List<Account> editorsOf(long departmentId);

}
