package jp.suishin;

import java.util.Map;

import jp.suishin.account.AccountRepository;
import jp.suishin.account.Grant;
import jp.suishin.account.NewAccount;
import jp.suishin.account.OpeningAccount;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.refusal.Problem;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRepository;

import org.springframework.stereotype.Component;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Opens accounts with roles for tests, through the same use case as the administration
 * pages, and signs requests in as them. Every account gets {@link #PASSWORD}. A bean in
 * every test context (component scanning finds it), so tests simply autowire it.
 */
@Component
public final class TestAccounts {

	public static final String PASSWORD = "correct horse battery";

	private final AccountRepository accounts;

	private final OpeningAccount opening;

	private final OrganisationRepository organisations;

	private final DepartmentRepository departments;

	public TestAccounts(AccountRepository accounts, OpeningAccount opening, OrganisationRepository organisations,
			DepartmentRepository departments) {
		this.accounts = accounts;
		this.opening = opening;
		this.organisations = organisations;
		this.departments = departments;
	}

	public long organisation(String key) {
		return organisations.findByKey(key).orElseThrow().id();
	}

	public Department department(String organisationKey, String name) {
		return departments.addOrFind(organisation(organisationKey), DepartmentName.of(name).orRefuse("name"));
	}

	/** Opens (or finds) an account with the given role in an organisation. */
	public Viewer account(String login, String organisationKey, Role role) {
		return account(login, organisationKey, role, null);
	}

	/** Opens (or finds) a department editor of a department (created when missing). */
	public Viewer editor(String login, String organisationKey, String departmentName) {
		return account(login, organisationKey, Role.DEPARTMENT_EDITOR,
				department(organisationKey, departmentName).id());
	}

	public Viewer administrator(String login) {
		open(login, true);
		return accounts.findByLogin(login).orElseThrow().asViewer();
	}

	private Viewer account(String login, String organisationKey, Role role, Long departmentId) {
		long id = open(login, false);
		if (organisationKey != null) {
			opening.grant(id, new Grant(organisation(organisationKey), role, departmentId), "test");
		}
		return accounts.findByLogin(login).orElseThrow().asViewer();
	}

	private long open(String login, boolean administrator) {
		if (accounts.findByLogin(login).isEmpty()) {
			Map<String, Problem> problems = opening
				.open(new NewAccount(login, login + " さん", login + "@example.jp", PASSWORD, administrator), "test");
			if (!problems.isEmpty()) {
				throw new IllegalStateException(problems.toString());
			}
		}
		return accounts.findByLogin(login).orElseThrow().id();
	}

	/**
	 * Signs a MockMvc request in as the account (a session, as after the sign-in form).
	 */
	public RequestPostProcessor as(Viewer viewer) {
		return SecurityMockMvcRequestPostProcessors.user(principal(viewer));
	}

	private org.springframework.security.core.userdetails.UserDetails principal(Viewer viewer) {
		return jp.suishin.account.web.TestPrincipals.of(viewer.accountId(), viewer.login(), viewer.administrator());
	}

}
