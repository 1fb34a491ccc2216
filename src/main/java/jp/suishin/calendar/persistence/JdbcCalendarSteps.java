package jp.suishin.calendar.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jp.suishin.calendar.CalendarSteps;
import jp.suishin.calendar.SentReminder;
import jp.suishin.calendar.StepKind;
import jp.suishin.calendar.StoredStep;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The calendars' steps and reminders in V23's tables. */
@Repository
class JdbcCalendarSteps implements CalendarSteps {

	private static final String STEP = """
			SELECT id, plan_id, data_year, kind, seq, label, due_on, done_at, done_by FROM calendar_step""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcCalendarSteps(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<StoredStep> of(long planId, FiscalYear year) {
		return jdbc.sql(STEP + " WHERE plan_id = :plan AND data_year = :year ORDER BY due_on, id")
			.param("plan", planId)
			.param("year", year.value())
			.query(JdbcCalendarSteps::step)
			.list();
	}

	@Override
	public Optional<StoredStep> find(long stepId) {
		return jdbc.sql(STEP + " WHERE id = :id").param("id", stepId).query(JdbcCalendarSteps::step).optional();
	}

	@Override
	public long add(long planId, FiscalYear year, StepKind kind, int seq, String label, LocalDate date, String actor) {
		Timestamp now = Timestamp.from(clock.instant());
		KeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					INSERT INTO calendar_step (plan_id, data_year, kind, seq, label, due_on, created_at, created_by,
					updated_at, updated_by)
					VALUES (:plan, :year, :kind, :seq, :label, :due, :now, :actor, :now, :actor)""")
				.param("plan", planId)
				.param("year", year.value())
				.param("kind", kind.name())
				.param("seq", seq)
				.param("label", label)
				.param("due", Date.valueOf(date))
				.param("now", now)
				.param("actor", actor)
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw Refused.conflict("calendar.changed");
		}
		return key.getKey().longValue();
	}

	@Override
	public void change(long stepId, String label, LocalDate date, String actor) {
		jdbc.sql("UPDATE calendar_step SET label = :label, due_on = :due, updated_at = :now, updated_by = :actor "
				+ "WHERE id = :id")
			.param("label", label)
			.param("due", Date.valueOf(date))
			.param("now", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("id", stepId)
			.update();
	}

	@Override
	public void remove(long stepId) {
		jdbc.sql("DELETE FROM calendar_step WHERE id = :id").param("id", stepId).update();
	}

	@Override
	public void mark(long stepId, Instant at, String by, String actor) {
		jdbc.sql("UPDATE calendar_step SET done_at = :at, done_by = :by, updated_at = :now, updated_by = :actor "
				+ "WHERE id = :id")
			.param("at", at == null ? null : Timestamp.from(at))
			.param("by", by)
			.param("now", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("id", stepId)
			.update();
	}

	@Override
	public List<FiscalYear> yearsOf(long planId) {
		return jdbc.sql("SELECT DISTINCT data_year FROM calendar_step WHERE plan_id = :plan ORDER BY data_year DESC")
			.param("plan", planId)
			.query((rs, n) -> FiscalYear.of(rs.getInt(1)))
			.list();
	}

	@Override
	public List<PlanYear> withStepsDueBefore(LocalDate day) {
		return jdbc.sql("""
				SELECT DISTINCT plan_id, data_year FROM calendar_step
				WHERE done_at IS NULL AND due_on < :day ORDER BY plan_id, data_year""")
			.param("day", Date.valueOf(day))
			.query((rs, n) -> new PlanYear(rs.getLong(1), FiscalYear.of(rs.getInt(2))))
			.list();
	}

	@Override
	public void addReminder(SentReminder reminder) {
		jdbc.sql("""
				INSERT INTO calendar_reminder (plan_id, data_year, step_kind, step_label, due_on, sent_on, sent_at,
				sent_by, recipients, recipient_logins, subject)
				VALUES (:plan, :year, :kind, :label, :due, :on, :at, :by, :recipients, :logins, :subject)""")
			.param("plan", reminder.planId())
			.param("year", reminder.year().value())
			.param("kind", reminder.kind().name())
			.param("label", reminder.label())
			.param("due", Date.valueOf(reminder.dueOn()))
			.param("on", Date.valueOf(reminder.sentOn()))
			.param("at", Timestamp.from(reminder.sentAt()))
			.param("by", reminder.sentBy())
			.param("recipients", reminder.recipients())
			.param("logins", logins(reminder.recipientLogins()))
			.param("subject", reminder.subject())
			.update();
	}

	/**
	 * The logins, comma-separated, cut to the column's width with a count of the rest.
	 */
	static String logins(List<String> logins) {
		String all = String.join(",", logins);
		if (all.length() <= 4000) {
			return all;
		}
		StringBuilder kept = new StringBuilder();
		int n = 0;
		for (String login : logins) {
			if (kept.length() + login.length() + 20 > 4000) {
				break;
			}
			kept.append(n == 0 ? "" : ",").append(login);
			n++;
		}
		return kept.append(",+").append(logins.size() - n).toString();
	}

	@Override
	public List<SentReminder> reminders(long planId, FiscalYear year) {
		return jdbc.sql("""
				SELECT plan_id, data_year, step_kind, step_label, due_on, sent_on, sent_at, sent_by, recipients,
				recipient_logins, subject FROM calendar_reminder
				WHERE plan_id = :plan AND data_year = :year ORDER BY sent_at DESC, id DESC""")
			.param("plan", planId)
			.param("year", year.value())
			.query((rs, n) -> new SentReminder(rs.getLong("plan_id"), FiscalYear.of(rs.getInt("data_year")),
					StepKind.valueOf(rs.getString("step_kind")), rs.getString("step_label"),
					rs.getDate("due_on").toLocalDate(), rs.getDate("sent_on").toLocalDate(),
					rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by"), rs.getInt("recipients"),
					rs.getString("recipient_logins").isEmpty() ? List.of()
							: Arrays.asList(rs.getString("recipient_logins").split(",")),
					rs.getString("subject")))
			.list();
	}

	private static StoredStep step(ResultSet rs, int n) throws SQLException {
		Timestamp done = rs.getTimestamp("done_at");
		return new StoredStep(rs.getLong("id"), rs.getLong("plan_id"), FiscalYear.of(rs.getInt("data_year")),
				StepKind.valueOf(rs.getString("kind")), rs.getInt("seq"), rs.getString("label"),
				rs.getDate("due_on").toLocalDate(), done == null ? null : done.toInstant(), rs.getString("done_by"));
	}

}
