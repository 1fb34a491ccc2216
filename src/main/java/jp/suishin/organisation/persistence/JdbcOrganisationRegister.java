package jp.suishin.organisation.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.Organization;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcOrganisationRegister implements OrganisationRegister {

	/** Rows sent to the database in one round trip. */
	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	JdbcOrganisationRegister(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	@Override
	public void changed() {
		jdbc.sql("UPDATE organisation_version SET version = version + 1 WHERE id = 1").update();
	}

	@Override
	@Transactional
	public void revise(Organization organisation) {
		reviseAll(List.of(organisation));
	}

	@Override
	@Transactional
	public Map<String, Long> addAll(List<NewOrganization> organisations) {
		Map<String, Long> ids = new HashMap<>();
		if (organisations.isEmpty()) {
			return ids;
		}
		changed();
		batches.batchUpdate("INSERT INTO organization (org_key, name, kind, lg_code, parent_id) VALUES (?, ?, ?, ?, ?)",
				organisations, BATCH, (ps, o) -> {
					ps.setString(1, o.key());
					ps.setString(2, o.name());
					ps.setString(3, o.kind().name());
					ps.setString(4, o.code() == null ? null : o.code().value());
					parent(ps, 5, o.parentId());
				});
		List<String> keys = organisations.stream().map(NewOrganization::key).toList();
		for (int from = 0; from < keys.size(); from += BATCH) {
			jdbc.sql("SELECT id, org_key FROM organization WHERE org_key IN (:keys)")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + BATCH)))
				.query((rs, n) -> ids.put(rs.getString("org_key"), rs.getLong("id")))
				.list();
		}
		return ids;
	}

	@Override
	@Transactional
	public void reviseAll(List<Organization> organisations) {
		if (organisations.isEmpty()) {
			return;
		}
		changed();
		batches.batchUpdate("UPDATE organization SET name = ?, kind = ?, lg_code = ?, parent_id = ? WHERE id = ?",
				organisations, BATCH, (ps, o) -> {
					ps.setString(1, o.name());
					ps.setString(2, o.kind().name());
					ps.setString(3, o.code() == null ? null : o.code().value());
					parent(ps, 4, o.parentId());
					ps.setLong(5, o.id());
				});
	}

	@Override
	@Transactional
	public void removeMember(long collaborationId, long memberId) {
		changed();
		jdbc.sql("DELETE FROM collaboration_member WHERE collaboration_id = :collaboration AND member_id = :member")
			.param("collaboration", collaborationId)
			.param("member", memberId)
			.update();
	}

	@Override
	@Transactional
	public void renameDepartment(long departmentId, DepartmentName name) {
		changed();
		jdbc.sql("UPDATE department SET name = :name WHERE id = :id")
			.param("name", name.text())
			.param("id", departmentId)
			.update();
	}

	private static void parent(PreparedStatement ps, int index, Long parentId) throws SQLException {
		if (parentId == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, parentId);
		}
	}

}
