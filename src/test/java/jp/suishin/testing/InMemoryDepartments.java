package jp.suishin.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.DepartmentRepository;

/** Departments kept in memory; one added by name gets an id from 1000 on. */
public final class InMemoryDepartments implements DepartmentRepository {

	private final Map<Long, Department> departments = new LinkedHashMap<>();

	/** Stores the department as it is (replacing one of its id). */
	public Department put(Department department) {
		departments.put(department.id(), department);
		return department;
	}

	@Override
	public List<Department> ofOrganisation(long organisationId) {
		return departments.values().stream().filter(d -> d.organisationId() == organisationId).toList();
	}

	@Override
	public Optional<Department> findById(long id) {
		return Optional.ofNullable(departments.get(id));
	}

	@Override
	public Department addOrFind(long organisationId, DepartmentName name) {
		return departments.values()
			.stream()
			.filter(d -> d.organisationId() == organisationId && d.name().equals(name.text()))
			.findFirst()
			.orElseGet(() -> put(new Department(1000 + departments.size(), organisationId, name.text(), null)));
	}

}
