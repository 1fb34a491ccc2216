package jp.suishin.donation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.suishin.donation.Donation;
import jp.suishin.donation.DonationContent;
import jp.suishin.donation.DonationRecords;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.storage.Columns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The donations as the use cases write them (V21's table), with their programs' names.
 */
@Repository
class JdbcDonationRecords implements DonationRecords {

	private static final String SELECT = """
			SELECT d.id, d.plan_id, d.donor, d.received_on, d.fiscal_year, d.amount, d.amount_scale, d.unit,
			       d.program_id, p.name AS program_name, d.anonymous, d.example
			FROM donation d LEFT JOIN program p ON p.id = d.program_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcDonationRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Donation> donation(long donationId) {
		return jdbc.sql(SELECT + "WHERE d.id = :id").param("id", donationId).query(JdbcDonationRecords::row).optional();
	}

	@Override
	public List<Donation> ofPlan(long planId) {
		return jdbc.sql(SELECT + "WHERE d.plan_id = :plan ORDER BY d.received_on, d.id")
			.param("plan", planId)
			.query(JdbcDonationRecords::row)
			.list();
	}

	@Override
	public List<Donation> designatedTo(long programId, FiscalYear year) {
		return jdbc.sql(SELECT + "WHERE d.program_id = :program AND d.fiscal_year = :year ORDER BY d.received_on, d.id")
			.param("program", programId)
			.param("year", year.value())
			.query(JdbcDonationRecords::row)
			.list();
	}

	@Override
	public long add(long planId, DonationContent content, String actor) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO donation (plan_id, donor, received_on, fiscal_year, amount, amount_scale, unit, program_id,
				                      anonymous, example, created_at, created_by, updated_at, updated_by)
				VALUES (:plan, :donor, :receivedOn, :year, :amount, :scale, :unit, :program,
				        :anonymous, :example, :now, :actor, :now, :actor)""")
			.param("plan", planId)
			.params(content(content))
			.param("now", now)
			.param("actor", actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public void update(long donationId, DonationContent content, String actor) {
		jdbc.sql("""
				UPDATE donation SET donor = :donor, received_on = :receivedOn, fiscal_year = :year, amount = :amount,
				       amount_scale = :scale, unit = :unit, program_id = :program, anonymous = :anonymous,
				       example = :example, updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("id", donationId)
			.params(content(content))
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update();
	}

	@Override
	public void remove(long donationId) {
		jdbc.sql("DELETE FROM donation WHERE id = :id").param("id", donationId).update();
	}

	private static java.util.Map<String, Object> content(DonationContent content) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("donor", content.donor());
		params.put("receivedOn", Date.valueOf(content.receivedOn()));
		params.put("year", content.year().value());
		params.put("amount", content.amount());
		params.put("scale", Columns.scaleOf(content.amount()));
		params.put("unit", content.unit().text());
		params.put("program", content.programId());
		params.put("anonymous", content.anonymous());
		params.put("example", content.example());
		return params;
	}

	private static Donation row(ResultSet rs, int n) throws SQLException {
		return new Donation(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("donor"),
				rs.getDate("received_on").toLocalDate(), FiscalYear.of(rs.getInt("fiscal_year")),
				Columns.amount(rs, "amount", "amount_scale"), Unit.of(rs.getString("unit")),
				Columns.nullableLong(rs, "program_id"), rs.getString("program_name"), rs.getBoolean("anonymous"),
				rs.getBoolean("example"));
	}

}
