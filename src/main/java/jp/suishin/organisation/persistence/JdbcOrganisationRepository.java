package jp.suishin.organisation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.organisation.PlanAccess;

import jp.suishin.storage.Columns;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcOrganisationRepository implements OrganisationRepository {

	private static final String COLUMNS = "o.id, o.org_key, o.name, o.kind, o.lg_code, o.parent_id";

	private static final String MEMBERSHIP = "SELECT " + COLUMNS + ", m.collaboration_id, m.role, m.plan_access "
			+ "FROM collaboration_member m JOIN organization o ON o.id = m.member_id ";

	private static final String MEMBER_ORDER = "CASE WHEN m.role = 'CENTER' THEN 0 ELSE 1 END, m.position";

	private final JdbcClient jdbc;

	/**
	 * The last snapshot read, kept while the version stamp in the database says nothing
	 * changed (on any node).
	 */
	private volatile OrganisationTree cached;

	JdbcOrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One statement when nothing changed since the last snapshot (the stamp), three when
	 * something did. The stamp is read before the rows, so a snapshot is never labelled
	 * newer than what it holds.
	 */
	@Override
	public OrganisationTree tree() {
		long version = jdbc.sql("SELECT version FROM organisation_version WHERE id = 1").query(Long.class).single();
		OrganisationTree known = cached;
		if (known != null && known.version() == version) {
			return known;
		}
		List<Membership> memberships = jdbc.sql(MEMBERSHIP + "ORDER BY m.collaboration_id, " + MEMBER_ORDER)
			.query(this::mapMembership)
			.list();
		OrganisationTree tree = OrganisationTree.of(version, findAll(), memberships);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			// only a tree read outside a transaction is surely committed: inside one, the
			// transaction may have moved the stamp itself and still roll back, and
			// another
			// change would then reach the same stamp with other rows
			cached = tree;
		}
		return tree;
	}

	/** Moves the version stamp on, in the transaction of the change. */
	private void changed() {
		jdbc.sql("UPDATE organisation_version SET version = version + 1 WHERE id = 1").update();
	}

	@Override
	public List<Organization> findAll() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organization o ORDER BY o.id").query(this::map).list();
	}

	@Override
	public Optional<Organization> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	@Override
	public Optional<Organization> findByKey(String key) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.org_key = :key")
			.param("key", key)
			.query(this::map)
			.optional();
	}

	@Override
	@Transactional
	public long add(NewOrganization organization) {
		changed();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO organization (org_key, name, kind, lg_code, parent_id)
				VALUES (:key, :name, :kind, :code, :parent)""")
			.param("key", organization.key())
			.param("name", organization.name())
			.param("kind", organization.kind().name())
			.param("code", organization.code() == null ? null : organization.code().value())
			.param("parent", organization.parentId())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	@Override
	@Transactional
	public void addMember(long collaborationId, long memberId, CollaborationRole role) {
		changed();
		jdbc.sql("""
				INSERT INTO collaboration_member (collaboration_id, member_id, role, plan_access, position)
				VALUES (:collaboration, :member, :role, :access,
				        (SELECT COUNT(*) FROM collaboration_member WHERE collaboration_id = :collaboration))""")
			.param("collaboration", collaborationId)
			.param("member", memberId)
			.param("role", role.name())
			.param("access", PlanAccess.agreedFor(role).name())
			.update();
	}

	@Override
	public List<Membership> membersOf(long collaborationId) {
		return jdbc.sql(MEMBERSHIP + "WHERE m.collaboration_id = :collaboration ORDER BY " + MEMBER_ORDER)
			.param("collaboration", collaborationId)
			.query(this::mapMembership)
			.list();
	}

	@Override
	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single() == 0;
	}

	private Membership mapMembership(ResultSet rs, int row) throws SQLException {
		return new Membership(rs.getLong("collaboration_id"), map(rs, row),
				CollaborationRole.valueOf(rs.getString("role")), PlanAccess.valueOf(rs.getString("plan_access")));
	}

	private Organization map(ResultSet rs, int row) throws SQLException {
		String code = rs.getString("lg_code");
		return new Organization(rs.getLong("id"), rs.getString("org_key"), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), code == null ? null : new LocalGovernmentCode(code),
				Columns.nullableLong(rs, "parent_id"));
	}

}
