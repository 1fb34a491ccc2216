package jp.suishin.organisation;

import java.util.List;
import java.util.Optional;

/** Where the departments of organisations are kept. */
public interface DepartmentRepository {

	List<Department> ofOrganisation(long organisationId);

	Optional<Department> findById(long id);

	/** Adds a department, or returns the existing one of that name. */
	Department addOrFind(long organisationId, DepartmentName name);

}
