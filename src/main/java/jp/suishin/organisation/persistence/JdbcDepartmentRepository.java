package jp.suishin.organisation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.DepartmentRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDepartmentRepository implements DepartmentRepository {

	private final JdbcClient jdbc;

	JdbcDepartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Department> ofOrganisation(long organisationId) {
		return jdbc.sql("SELECT * FROM department WHERE organization_id = :org ORDER BY name")
			.param("org", organisationId)
			.query(JdbcDepartmentRepository::map)
			.list();
	}

	@Override
	public Optional<Department> findById(long id) {
		return jdbc.sql("SELECT * FROM department WHERE id = :id")
			.param("id", id)
			.query(JdbcDepartmentRepository::map)
			.optional();
	}

	@Override
	public Department addOrFind(long organisationId, DepartmentName name) {
		Optional<Department> existing = jdbc
			.sql("SELECT * FROM department WHERE organization_id = :org AND name = :name")
			.param("org", organisationId)
			.param("name", name.text())
			.query(JdbcDepartmentRepository::map)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		jdbc.sql("INSERT INTO department (organization_id, name) VALUES (:org, :name)")
			.param("org", organisationId)
			.param("name", name.text())
			.update();
		return addOrFind(organisationId, name);
	}

	private static Department map(ResultSet rs, int row) throws SQLException {
		return new Department(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"),
				rs.getString("email"));
	}

}
