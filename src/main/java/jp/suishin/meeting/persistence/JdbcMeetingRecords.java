package jp.suishin.meeting.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.meeting.Meeting;
import jp.suishin.meeting.MeetingContent;
import jp.suishin.meeting.MeetingKind;
import jp.suishin.meeting.MeetingRecords;
import jp.suishin.meeting.PdfCheck;
import jp.suishin.notation.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * A plan's meetings in V22's tables. Rows are read first and their attendees and PDFs
 * afterwards in one statement each, no query inside a row mapper; the PDF's bytes only
 * when they are asked for.
 */
@Repository
class JdbcMeetingRecords implements MeetingRecords {

	private static final String COLUMNS = """
			SELECT id, plan_id, node_id, kind, title, fiscal_year, first_day, second_day, timing, method, agenda,
			       other_attendees, minutes, minutes_public FROM meeting""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcMeetingRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Meeting> meeting(long meetingId) {
		return assemble(jdbc.sql(COLUMNS + " WHERE id = :id").param("id", meetingId).query(this::row).list()).stream()
			.findFirst();
	}

	@Override
	public List<Meeting> meetingsOf(long planId) {
		return assemble(jdbc.sql(COLUMNS + " WHERE plan_id = :plan ORDER BY fiscal_year, id")
			.param("plan", planId)
			.query(this::row)
			.list());
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		long nodeId = rs.getLong("node_id");
		Long node = rs.wasNull() ? null : nodeId;
		return new Row(rs.getLong("id"), rs.getLong("plan_id"), node, MeetingKind.valueOf(rs.getString("kind")),
				rs.getString("title"), FiscalYear.of(rs.getInt("fiscal_year")), day(rs.getDate("first_day")),
				day(rs.getDate("second_day")), rs.getString("timing"), rs.getString("method"), rs.getString("agenda"),
				rs.getString("other_attendees"), rs.getString("minutes"), rs.getBoolean("minutes_public"));
	}

	private List<Meeting> assemble(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<Long>> attendees = new HashMap<>();
		jdbc.sql("""
				SELECT meeting_id, organization_id FROM meeting_attendee WHERE meeting_id IN (:ids)
				ORDER BY meeting_id, position""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("meeting_id"), rs.getLong("organization_id")))
			.list()
			.forEach(e -> attendees.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, Meeting.Attachment> attachments = new HashMap<>();
		jdbc.sql("""
				SELECT meeting_id, file_name, byte_count, created_at FROM meeting_attachment
				WHERE meeting_id IN (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("meeting_id"),
					new Meeting.Attachment(rs.getString("file_name"), rs.getInt("byte_count"),
							rs.getTimestamp("created_at").toInstant())))
			.list()
			.forEach(e -> attachments.put(e.getKey(), e.getValue()));
		List<Meeting> meetings = new ArrayList<>();
		for (Row row : rows) {
			MeetingContent content = new MeetingContent(row.kind(), row.nodeId(), row.title(), row.year(),
					row.firstDay(), row.secondDay(), row.timing(), row.method(), row.agenda(),
					attendees.getOrDefault(row.id(), List.of()), row.otherAttendees(), row.minutes(),
					row.minutesPublic());
			meetings.add(new Meeting(row.id(), row.planId(), content, Optional.ofNullable(attachments.get(row.id()))));
		}
		return meetings;
	}

	@Override
	public long add(long planId, MeetingContent content, String actor) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO meeting (plan_id, node_id, kind, title, fiscal_year, first_day, second_day, timing, method,
				                     agenda, other_attendees, minutes, minutes_public, created_at, created_by,
				                     updated_at, updated_by)
				VALUES (:plan, :node, :kind, :title, :year, :first, :second, :timing, :method, :agenda, :others,
				        :minutes, :public, :now, :actor, :now, :actor)""")
			.param("plan", planId)
			.param("node", content.nodeId())
			.param("kind", content.kind().name())
			.param("title", content.title())
			.param("year", content.year().value())
			.param("first", sqlDate(content.firstDay()))
			.param("second", sqlDate(content.secondDay()))
			.param("timing", content.timing())
			.param("method", content.method())
			.param("agenda", content.agenda())
			.param("others", content.otherAttendees())
			.param("minutes", content.minutes())
			.param("public", content.minutesPublic())
			.param("now", now)
			.param("actor", actor)
			.update(key, "id");
		long id = key.getKey().longValue();
		insertAttendees(id, content.attendeeIds());
		return id;
	}

	@Override
	public void update(long meetingId, MeetingContent content, String actor) {
		jdbc.sql("""
				UPDATE meeting SET node_id = :node, kind = :kind, title = :title, fiscal_year = :year,
				       first_day = :first, second_day = :second, timing = :timing, method = :method,
				       agenda = :agenda, other_attendees = :others, minutes = :minutes, minutes_public = :public,
				       updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("node", content.nodeId())
			.param("kind", content.kind().name())
			.param("title", content.title())
			.param("year", content.year().value())
			.param("first", sqlDate(content.firstDay()))
			.param("second", sqlDate(content.secondDay()))
			.param("timing", content.timing())
			.param("method", content.method())
			.param("agenda", content.agenda())
			.param("others", content.otherAttendees())
			.param("minutes", content.minutes())
			.param("public", content.minutesPublic())
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.param("id", meetingId)
			.update();
		jdbc.sql("DELETE FROM meeting_attendee WHERE meeting_id = :id").param("id", meetingId).update();
		insertAttendees(meetingId, content.attendeeIds());
	}

	private void insertAttendees(long meetingId, List<Long> attendeeIds) {
		int position = 0;
		for (long organisation : attendeeIds) {
			jdbc.sql("""
					INSERT INTO meeting_attendee (meeting_id, position, organization_id)
					VALUES (:meeting, :position, :organisation)""")
				.param("meeting", meetingId)
				.param("position", ++position)
				.param("organisation", organisation)
				.update();
		}
	}

	@Override
	public void remove(long meetingId) {
		jdbc.sql("DELETE FROM meeting_attendee WHERE meeting_id = :id").param("id", meetingId).update();
		jdbc.sql("DELETE FROM meeting_attachment WHERE meeting_id = :id").param("id", meetingId).update();
		jdbc.sql("DELETE FROM meeting WHERE id = :id").param("id", meetingId).update();
	}

	@Override
	public void attach(long meetingId, PdfCheck.CheckedPdf pdf, String actor) {
		detach(meetingId);
		jdbc.sql("""
				INSERT INTO meeting_attachment (meeting_id, file_name, content, byte_count, created_at, created_by)
				VALUES (:meeting, :name, :content, :count, :now, :actor)""")
			.param("meeting", meetingId)
			.param("name", pdf.fileName())
			.param("content", pdf.bytes())
			.param("count", pdf.bytes().length)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update();
	}

	@Override
	public void detach(long meetingId) {
		jdbc.sql("DELETE FROM meeting_attachment WHERE meeting_id = :id").param("id", meetingId).update();
	}

	@Override
	public Optional<byte[]> attachmentBytes(long meetingId) {
		return jdbc.sql("SELECT content FROM meeting_attachment WHERE meeting_id = :id")
			.param("id", meetingId)
			.query((rs, n) -> rs.getBytes("content"))
			.optional();
	}

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Date sqlDate(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private record Row(long id, long planId, Long nodeId, MeetingKind kind, String title, FiscalYear year,
			LocalDate firstDay, LocalDate secondDay, String timing, String method, String agenda, String otherAttendees,
			String minutes, boolean minutesPublic) {
	}

}
