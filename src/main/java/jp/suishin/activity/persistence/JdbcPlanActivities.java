package jp.suishin.activity.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.activity.Activity;
import jp.suishin.activity.ActivityDates;
import jp.suishin.activity.ActivityDates.Period;
import jp.suishin.activity.ActivityDates.Precision;
import jp.suishin.activity.ActivityImage;
import jp.suishin.activity.ActivityImages;
import jp.suishin.activity.NextAction;
import jp.suishin.activity.PlanActivities;
import jp.suishin.notation.FiscalYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A plan's activities and next year's actions in four statements whatever the size of the
 * plan (activities, their periods, their images' metadata, actions); archived nodes left
 * out. The rows are read first and assembled afterwards, no query inside a row mapper.
 */
@Repository
class JdbcPlanActivities implements PlanActivities, ActivityImages {

	private final JdbcClient jdbc;

	JdbcPlanActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Narrative of(long planId, FiscalYear year) {
		List<Row> rows = jdbc.sql("""
				SELECT a.id, a.node_id, a.position, a.title, a.leads, a.place, a.summary, a.participants
				FROM activity a JOIN plan_node n ON n.id = a.node_id
				WHERE n.plan_id = :plan AND a.fiscal_year = :year AND n.archived_at IS NULL
				ORDER BY a.node_id, a.position, a.id""")
			.param("plan", planId)
			.param("year", year.value())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("node_id"), rs.getInt("position"),
					rs.getString("title"), leads(rs.getString("leads")), rs.getString("place"), rs.getString("summary"),
					rs.getString("participants")))
			.list();
		Map<Long, List<Period>> periods = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.activity_id, p.label, p.first_day, p.last_day, p.precision
				FROM activity_period p JOIN activity a ON a.id = p.activity_id JOIN plan_node n ON n.id = a.node_id
				WHERE n.plan_id = :plan AND a.fiscal_year = :year AND n.archived_at IS NULL
				ORDER BY p.activity_id, p.position""")
			.param("plan", planId)
			.param("year", year.value())
			.query((rs, n) -> {
				Date last = rs.getDate("last_day");
				return Map.entry(rs.getLong("activity_id"),
						new Period(rs.getString("label"), rs.getDate("first_day").toLocalDate(),
								last == null ? null : last.toLocalDate(),
								Precision.valueOf(rs.getString("precision"))));
			})
			.list()
			.forEach(e -> periods.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, List<ActivityImage>> images = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT i.activity_id, i.id, i.content_type, i.width, i.height, i.alt
				FROM activity_image i JOIN activity a ON a.id = i.activity_id JOIN plan_node n ON n.id = a.node_id
				WHERE n.plan_id = :plan AND a.fiscal_year = :year AND n.archived_at IS NULL
				ORDER BY i.activity_id, i.position, i.id""")
			.param("plan", planId)
			.param("year", year.value())
			.query((rs, n) -> Map.entry(rs.getLong("activity_id"),
					new ActivityImage(rs.getLong("id"), rs.getString("content_type"), rs.getInt("width"),
							rs.getInt("height"), rs.getString("alt"))))
			.list()
			.forEach(e -> images.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<Long, List<Activity>> activities = new LinkedHashMap<>();
		for (Row row : rows) {
			activities.computeIfAbsent(row.nodeId(), k -> new ArrayList<>())
				.add(new Activity(row.id(), row.nodeId(), year, row.position(), row.title(), row.leads(),
						new ActivityDates(periods.getOrDefault(row.id(), List.of())), row.place(), row.summary(),
						row.participants(), images.getOrDefault(row.id(), List.of())));
		}
		FiscalYear next = year.next();
		Map<Long, List<NextAction>> actions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT x.id, x.node_id, x.position, x.text, x.leads
				FROM next_action x JOIN plan_node n ON n.id = x.node_id
				WHERE n.plan_id = :plan AND x.fiscal_year = :year AND n.archived_at IS NULL
				ORDER BY x.node_id, x.position, x.id""")
			.param("plan", planId)
			.param("year", next.value())
			.query((rs, n) -> new NextAction(rs.getLong("id"), rs.getLong("node_id"), next, rs.getInt("position"),
					rs.getString("text"), leads(rs.getString("leads"))))
			.list()
			.forEach(a -> actions.computeIfAbsent(a.nodeId(), k -> new ArrayList<>()).add(a));
		return new Narrative(year, activities, actions);
	}

	@Override
	public Optional<StoredImage> find(long imageId) {
		return jdbc.sql("SELECT id, content_type, content FROM activity_image WHERE id = :id")
			.param("id", imageId)
			.query((rs, n) -> new StoredImage(rs.getLong("id"), rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	static String joinLeads(List<String> leads) {
		return String.join("\n", leads);
	}

	static List<String> leads(String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		return Arrays.stream(stored.split("\n")).filter(s -> !s.isBlank()).toList();
	}

	static Date sqlDate(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private record Row(long id, long nodeId, int position, String title, List<String> leads, String place,
			String summary, String participants) {
	}

}
