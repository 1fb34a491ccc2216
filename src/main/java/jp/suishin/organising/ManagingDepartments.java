package jp.suishin.organising;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.refusal.Refused;

/**
 * 担当課の追加・名称変更: a system administrator adds a department to an organisation or renames
 * one. Names go through {@link DepartmentName}, as on the collection page and in account
 * administration; two departments of one organisation never share a name.
 */
public final class ManagingDepartments {

	private final OrganisationRepository organisations;

	private final DepartmentRepository departments;

	private final OrganisationRegister register;

	private final AuditTrail audit;

	private final InOneTransaction transactions;

	public ManagingDepartments(OrganisationRepository organisations, DepartmentRepository departments,
			OrganisationRegister register, AuditTrail audit, InOneTransaction transactions) {
		this.organisations = organisations;
		this.departments = departments;
		this.register = register;
		this.audit = audit;
		this.transactions = transactions;
	}

	public Department add(Viewer viewer, long organisationId, String name) {
		Administrators.require(viewer, "adding a department to organisation " + organisationId);
		return transactions.run(() -> {
			organisations.findById(organisationId)
				.orElseThrow(() -> Refused.notFound("organisation " + organisationId));
			DepartmentName valid = DepartmentName.of(name).orRefuse("name");
			refuseTaken(organisationId, valid, null);
			Department added = departments.addOrFind(organisationId, valid);
			register.changed();
			audit.record(viewer.actor(), AuditSubject.organisation(organisationId), AuditAction.DEPARTMENT_ADDED,
					"#" + added.id(), null, added.name(), null);
			return added;
		});
	}

	public void rename(Viewer viewer, long departmentId, String name) {
		Administrators.require(viewer, "renaming department " + departmentId);
		transactions.run(() -> {
			Department department = departments.findById(departmentId)
				.orElseThrow(() -> Refused.notFound("department " + departmentId));
			DepartmentName valid = DepartmentName.of(name).orRefuse("name");
			if (valid.text().equals(department.name())) {
				return null;
			}
			refuseTaken(department.organisationId(), valid, departmentId);
			register.renameDepartment(departmentId, valid);
			audit.record(viewer.actor(), AuditSubject.organisation(department.organisationId()),
					AuditAction.DEPARTMENT_RENAMED, "#" + departmentId, department.name(), valid.text(), null);
			return null;
		});
	}

	private void refuseTaken(long organisationId, DepartmentName name, Long self) {
		boolean taken = departments.ofOrganisation(organisationId)
			.stream()
			.anyMatch(d -> d.name().equals(name.text()) && (self == null || d.id() != self));
		if (taken) {
			throw Refused.invalid("name", "organisation.department.taken", name.text());
		}
	}

}
