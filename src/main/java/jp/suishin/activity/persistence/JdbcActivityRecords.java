package jp.suishin.activity.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.activity.Activity;
import jp.suishin.activity.ActivityContent;
import jp.suishin.activity.ActivityDates;
import jp.suishin.activity.ActivityDates.Period;
import jp.suishin.activity.ActivityDates.Precision;
import jp.suishin.activity.ActivityImage;
import jp.suishin.activity.ActivityRecords;
import jp.suishin.activity.ImageCheck;
import jp.suishin.activity.NextAction;
import jp.suishin.notation.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * A node's activities and actions as the use cases write them (V15's tables). Rows are
 * read first and assembled afterwards, no query inside a row mapper.
 */
@Repository
class JdbcActivityRecords implements ActivityRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcActivityRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<Activity> activity(long activityId) {
		return assemble(rows("a.id = :key", activityId, null)).stream().findFirst();
	}

	@Override
	public List<Activity> activities(long nodeId, FiscalYear year) {
		return assemble(rows("a.node_id = :key AND a.fiscal_year = :year", nodeId, year));
	}

	private List<Row> rows(String where, long key, FiscalYear year) {
		JdbcClient.StatementSpec sql = jdbc.sql("""
				SELECT a.id, a.node_id, a.fiscal_year, a.position, a.title, a.leads, a.place, a.summary, a.participants
				FROM activity a WHERE %s ORDER BY a.position, a.id""".formatted(where)).param("key", key);
		if (year != null) {
			sql = sql.param("year", year.value());
		}
		return sql
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("node_id"), FiscalYear.of(rs.getInt("fiscal_year")),
					rs.getInt("position"), rs.getString("title"), JdbcPlanActivities.leads(rs.getString("leads")),
					rs.getString("place"), rs.getString("summary"), rs.getString("participants")))
			.list();
	}

	private List<Activity> assemble(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<Period>> periods = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT activity_id, label, first_day, last_day, precision FROM activity_period
				WHERE activity_id IN (:ids) ORDER BY activity_id, position""").param("ids", ids).query((rs, n) -> {
			Date last = rs.getDate("last_day");
			return Map.entry(rs.getLong("activity_id"),
					new Period(rs.getString("label"), rs.getDate("first_day").toLocalDate(),
							last == null ? null : last.toLocalDate(), Precision.valueOf(rs.getString("precision"))));
		}).list().forEach(e -> periods.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, List<ActivityImage>> images = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT activity_id, id, content_type, width, height, alt FROM activity_image
				WHERE activity_id IN (:ids) ORDER BY activity_id, position, id""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong("activity_id"),
					new ActivityImage(rs.getLong("id"), rs.getString("content_type"), rs.getInt("width"),
							rs.getInt("height"), rs.getString("alt"))))
			.list()
			.forEach(e -> images.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		List<Activity> activities = new ArrayList<>();
		for (Row row : rows) {
			activities.add(new Activity(row.id(), row.nodeId(), row.year(), row.position(), row.title(), row.leads(),
					new ActivityDates(periods.getOrDefault(row.id(), List.of())), row.place(), row.summary(),
					row.participants(), images.getOrDefault(row.id(), List.of())));
		}
		return activities;
	}

	@Override
	public long addActivity(long nodeId, FiscalYear year, ActivityContent content, String actor) {
		int position = jdbc
			.sql("SELECT COALESCE(MAX(position), 0) FROM activity WHERE node_id = :node AND fiscal_year = :year")
			.param("node", nodeId)
			.param("year", year.value())
			.query(Integer.class)
			.single() + 1;
		Timestamp now = Timestamp.from(Instant.now(clock));
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO activity (node_id, fiscal_year, position, title, leads, place, summary, participants,
				                      created_at, created_by, updated_at, updated_by)
				VALUES (:node, :year, :position, :title, :leads, :place, :summary, :participants,
				        :now, :actor, :now, :actor)""")
			.param("node", nodeId)
			.param("year", year.value())
			.param("position", position)
			.param("title", content.title())
			.param("leads", JdbcPlanActivities.joinLeads(content.leads()))
			.param("place", content.place())
			.param("summary", content.summary())
			.param("participants", content.participants())
			.param("now", now)
			.param("actor", actor)
			.update(key, "id");
		long id = key.getKey().longValue();
		insertPeriods(id, content.dates());
		return id;
	}

	@Override
	public void updateActivity(long activityId, ActivityContent content, String actor) {
		jdbc.sql("""
				UPDATE activity SET title = :title, leads = :leads, place = :place, summary = :summary,
				       participants = :participants, updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("title", content.title())
			.param("leads", JdbcPlanActivities.joinLeads(content.leads()))
			.param("place", content.place())
			.param("summary", content.summary())
			.param("participants", content.participants())
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.param("id", activityId)
			.update();
		jdbc.sql("DELETE FROM activity_period WHERE activity_id = :id").param("id", activityId).update();
		insertPeriods(activityId, content.dates());
	}

	private void insertPeriods(long activityId, ActivityDates dates) {
		int position = 0;
		for (Period period : dates.periods()) {
			jdbc.sql("""
					INSERT INTO activity_period (activity_id, position, label, first_day, last_day, precision)
					VALUES (:activity, :position, :label, :first, :last, :precision)""")
				.param("activity", activityId)
				.param("position", ++position)
				.param("label", period.label())
				.param("first", JdbcPlanActivities.sqlDate(period.first()))
				.param("last", JdbcPlanActivities.sqlDate(period.last()))
				.param("precision", period.precision().name())
				.update();
		}
	}

	@Override
	public void removeActivity(long activityId) {
		jdbc.sql("DELETE FROM activity_period WHERE activity_id = :id").param("id", activityId).update();
		jdbc.sql("UPDATE activity_image SET activity_id = NULL WHERE activity_id = :id")
			.param("id", activityId)
			.update();
		jdbc.sql("DELETE FROM activity WHERE id = :id").param("id", activityId).update();
	}

	@Override
	public void orderActivities(List<Long> activityIds) {
		order("activity", activityIds);
	}

	private void order(String table, List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			jdbc.sql("UPDATE " + table + " SET position = :position WHERE id = :id")
				.param("position", i + 1)
				.param("id", ids.get(i))
				.update();
		}
	}

	@Override
	public Optional<NextAction> action(long actionId) {
		return actionRows("id = :key", actionId, null).stream().findFirst();
	}

	@Override
	public List<NextAction> actions(long nodeId, FiscalYear year) {
		return actionRows("node_id = :key AND fiscal_year = :year", nodeId, year);
	}

	private List<NextAction> actionRows(String where, long key, FiscalYear year) {
		JdbcClient.StatementSpec sql = jdbc.sql("""
				SELECT id, node_id, fiscal_year, position, text, leads FROM next_action
				WHERE %s ORDER BY position, id""".formatted(where)).param("key", key);
		if (year != null) {
			sql = sql.param("year", year.value());
		}
		return sql
			.query((rs, n) -> new NextAction(rs.getLong("id"), rs.getLong("node_id"),
					FiscalYear.of(rs.getInt("fiscal_year")), rs.getInt("position"), rs.getString("text"),
					JdbcPlanActivities.leads(rs.getString("leads"))))
			.list();
	}

	@Override
	public long addAction(long nodeId, FiscalYear year, String text, List<String> leads, String actor) {
		int position = jdbc
			.sql("SELECT COALESCE(MAX(position), 0) FROM next_action WHERE node_id = :node AND fiscal_year = :year")
			.param("node", nodeId)
			.param("year", year.value())
			.query(Integer.class)
			.single() + 1;
		Timestamp now = Timestamp.from(Instant.now(clock));
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO next_action (node_id, fiscal_year, position, text, leads, created_at, created_by,
				                         updated_at, updated_by)
				VALUES (:node, :year, :position, :text, :leads, :now, :actor, :now, :actor)""")
			.param("node", nodeId)
			.param("year", year.value())
			.param("position", position)
			.param("text", text)
			.param("leads", JdbcPlanActivities.joinLeads(leads))
			.param("now", now)
			.param("actor", actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public void updateAction(long actionId, String text, List<String> leads, String actor) {
		jdbc.sql("""
				UPDATE next_action SET text = :text, leads = :leads, updated_at = :now, updated_by = :actor
				WHERE id = :id""")
			.param("text", text)
			.param("leads", JdbcPlanActivities.joinLeads(leads))
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.param("id", actionId)
			.update();
	}

	@Override
	public void removeAction(long actionId) {
		jdbc.sql("DELETE FROM next_action WHERE id = :id").param("id", actionId).update();
	}

	@Override
	public void orderActions(List<Long> actionIds) {
		order("next_action", actionIds);
	}

	@Override
	public long addImage(long activityId, ImageCheck.CheckedImage image, String alt, String actor) {
		int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM activity_image WHERE activity_id = :a")
			.param("a", activityId)
			.query(Integer.class)
			.single() + 1;
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO activity_image (activity_id, position, content, content_type, width, height, alt,
				                            created_at, created_by)
				VALUES (:a, :position, :content, :type, :width, :height, :alt, :now, :actor)""")
			.param("a", activityId)
			.param("position", position)
			.param("content", image.bytes())
			.param("type", image.contentType())
			.param("width", image.width())
			.param("height", image.height())
			.param("alt", alt)
			.param("now", Timestamp.from(Instant.now(clock)))
			.param("actor", actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Override
	public Optional<Long> activityOfImage(long imageId) {
		return jdbc.sql("SELECT activity_id FROM activity_image WHERE id = :id AND activity_id IS NOT NULL")
			.param("id", imageId)
			.query(Long.class)
			.optional();
	}

	private record Row(long id, long nodeId, FiscalYear year, int position, String title, List<String> leads,
			String place, String summary, String participants) {
	}

}
