package jp.suishin.edition.persistence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import jp.suishin.edition.Edition;
import jp.suishin.edition.EditionFile;
import jp.suishin.edition.EditionRepository;
import jp.suishin.edition.StoredFile;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Editions in the {@code edition} and {@code edition_file} tables (V16). */
@Repository
class JdbcEditionRepository implements EditionRepository {

	private static final String COLUMNS = """
			id, plan_id, owner_id, data_year, number, label, published_on, published_at, published_by, \
			correction_note, supersedes, superseded_by, format_version""";

	private static final String ORDER = " ORDER BY plan_id, data_year DESC, number DESC";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcEditionRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public long add(NewEdition edition) {
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO edition (plan_id, owner_id, data_year, number, label, published_on, published_at,
					    published_by, correction_note, supersedes, format_version)
					VALUES (:plan, :owner, :year, :number, :label, :on, :at, :by, :note, :supersedes, :format)""")
				.param("plan", edition.planId())
				.param("owner", edition.ownerId())
				.param("year", edition.dataYear().value())
				.param("number", edition.number())
				.param("label", edition.label())
				.param("on", Date.valueOf(edition.publishedOn()))
				.param("at", Timestamp.from(clock.instant()))
				.param("by", edition.publishedBy())
				.param("note", edition.correctionNote())
				.param("supersedes", edition.supersedes())
				.param("format", edition.formatVersion())
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			// somebody published the same edition of the year a moment earlier
			throw Refused.conflict("edition.publish.concurrent", edition.dataYear().eraLabel());
		}
		return keys.getKey().longValue();
	}

	@Override
	public void complete(long editionId, ReportDocument document, List<RenderedFile> files) {
		int updated = jdbc.sql("UPDATE edition SET document = :document WHERE id = :id AND document IS NULL")
			.param("document", DocumentJson.write(document))
			.param("id", editionId)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("edition " + editionId + " is already complete");
		}
		int position = 0;
		for (RenderedFile file : files) {
			jdbc.sql("""
					INSERT INTO edition_file (edition_id, position, name, content_type, bytes, sha256, size)
					VALUES (:edition, :position, :name, :type, :bytes, :sha, :size)""")
				.param("edition", editionId)
				.param("position", position++)
				.param("name", file.fileName())
				.param("type", file.contentType())
				.param("bytes", file.bytes())
				.param("sha", sha256(file.bytes()))
				.param("size", (long) file.bytes().length)
				.update();
		}
	}

	@Override
	public void supersede(long earlierId, long laterId) {
		jdbc.sql("UPDATE edition SET superseded_by = :later WHERE id = :earlier AND superseded_by IS NULL")
			.param("later", laterId)
			.param("earlier", earlierId)
			.update();
	}

	@Override
	public Optional<Edition> findById(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM edition WHERE id = :id AND document IS NOT NULL")
			.param("id", id)
			.query(JdbcEditionRepository::map)
			.optional();
	}

	@Override
	public List<Edition> ofPlanYear(long planId, FiscalYear dataYear) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM edition WHERE plan_id = :plan AND data_year = :year ORDER BY number")
			.param("plan", planId)
			.param("year", dataYear.value())
			.query(JdbcEditionRepository::map)
			.list();
	}

	@Override
	public List<Edition> ofPlan(long planId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM edition WHERE plan_id = :plan AND document IS NOT NULL" + ORDER)
			.param("plan", planId)
			.query(JdbcEditionRepository::map)
			.list();
	}

	@Override
	public List<Edition> ofOwner(long ownerId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM edition WHERE owner_id = :owner AND document IS NOT NULL" + ORDER)
			.param("owner", ownerId)
			.query(JdbcEditionRepository::map)
			.list();
	}

	@Override
	public List<Edition> all() {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM edition WHERE document IS NOT NULL ORDER BY owner_id, plan_id, "
					+ "data_year DESC, number DESC")
			.query(JdbcEditionRepository::map)
			.list();
	}

	@Override
	public Optional<ReportDocument> document(long editionId) {
		return jdbc.sql("SELECT document FROM edition WHERE id = :id AND document IS NOT NULL")
			.param("id", editionId)
			.query(String.class)
			.optional()
			.map(DocumentJson::read);
	}

	@Override
	public Map<Long, List<EditionFile>> filesOf(Collection<Long> editionIds) {
		Map<Long, List<EditionFile>> files = new LinkedHashMap<>();
		if (editionIds.isEmpty()) {
			return files;
		}
		editionIds.forEach(id -> files.put(id, new ArrayList<>()));
		jdbc.sql("""
				SELECT edition_id, name, content_type, size, sha256 FROM edition_file
				WHERE edition_id IN (:ids) ORDER BY edition_id, position""")
			.param("ids", List.copyOf(editionIds))
			.query(JdbcEditionRepository::mapFile)
			.list()
			.forEach(file -> files.get(file.editionId()).add(file));
		return files;
	}

	@Override
	public Optional<StoredFile> file(long editionId, String name) {
		return jdbc.sql("""
				SELECT edition_id, name, content_type, size, sha256, bytes FROM edition_file
				WHERE edition_id = :id AND name = :name""")
			.param("id", editionId)
			.param("name", name)
			.query((rs, row) -> new StoredFile(mapFile(rs, row), rs.getBytes("bytes")))
			.optional();
	}

	@Override
	public String stamp() {
		return jdbc.sql("""
				SELECT COUNT(*) AS editions, COALESCE(MAX(id), 0) AS newest, COUNT(superseded_by) AS superseded
				FROM edition WHERE document IS NOT NULL""")
			.query((rs, row) -> "e" + rs.getLong("editions") + "-" + rs.getLong("newest") + "-"
					+ rs.getLong("superseded"))
			.single();
	}

	private static Edition map(ResultSet rs, int row) throws SQLException {
		return new Edition(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("owner_id"),
				FiscalYear.of(rs.getInt("data_year")), rs.getInt("number"), rs.getString("label"),
				rs.getDate("published_on").toLocalDate(), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"), rs.getString("correction_note"), rs.getObject("supersedes", Long.class),
				rs.getObject("superseded_by", Long.class), rs.getInt("format_version"));
	}

	private static EditionFile mapFile(ResultSet rs, int row) throws SQLException {
		return new EditionFile(rs.getLong("edition_id"), rs.getString("name"), rs.getString("content_type"),
				rs.getLong("size"), rs.getString("sha256"));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
