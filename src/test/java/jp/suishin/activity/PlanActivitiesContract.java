package jp.suishin.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.suishin.notation.FiscalYear;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is stored of a node's activities comes back for its plan: periods as dates in
 * order, images' metadata, actions of the next year, archived nodes left out.
 */
abstract class PlanActivitiesContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanActivities activities;

	@Autowired
	ActivityImages images;

	@Test
	void aPlansActivitiesAndNextYearsActionsComeBack() {
		Map<String, Object> node = jdbc
			.sql("SELECT id, plan_id FROM plan_node WHERE archived_at IS NULL ORDER BY id FETCH FIRST 1 ROWS ONLY")
			.query()
			.singleRow();
		long nodeId = ((Number) node.get("id")).longValue();
		long planId = ((Number) node.get("plan_id")).longValue();
		FiscalYear year = FiscalYear.of(2091);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO activity (node_id, fiscal_year, position, title, leads, place, summary, participants,
				created_at, created_by, updated_at, updated_by)
				VALUES (:node, :year, 1, '炭鉄港めしフェスタの開催', :leads, '岩見沢市', '概要', '約70名参加',
				:now, 'test', :now, 'test')""")
			.param("node", nodeId)
			.param("year", year.value())
			.param("now", now)
			.param("leads", String.join("\n", List.of("振興局", "市町")))
			.update();
		long activityId = jdbc.sql("SELECT id FROM activity WHERE node_id = :node AND fiscal_year = :year")
			.param("node", nodeId)
			.param("year", year.value())
			.query(Long.class)
			.single();
		ActivityDates dates = ActivityDateNotation.read("夏 令和5年 7月7日～13日 / 冬 令和5年10月6日～19日");
		int position = 0;
		for (ActivityDates.Period p : dates.periods()) {
			jdbc.sql("""
					INSERT INTO activity_period (activity_id, position, label, first_day, last_day, precision)
					VALUES (:a, :pos, :label, :first, :last, :precision)""")
				.param("a", activityId)
				.param("pos", position++)
				.param("label", p.label())
				.param("first", java.sql.Date.valueOf(p.first()))
				.param("last", java.sql.Date.valueOf(p.last()))
				.param("precision", p.precision().name())
				.update();
		}
		jdbc.sql(
				"""
						INSERT INTO activity_image (activity_id, position, content, content_type, width, height, alt, created_at,
						created_by) VALUES (:a, 0, :bytes, 'image/png', 2, 3, 'プレート型', :now, 'test')""")
			.param("a", activityId)
			.param("bytes", new byte[] { 1, 2, 3 })
			.param("now", now)
			.update();
		jdbc.sql(
				"""
						INSERT INTO next_action (node_id, fiscal_year, position, text, leads, created_at, created_by, updated_at,
						updated_by) VALUES (:node, :year, 1, '炭鉄港の魅力発信', '振興局', :now, 'test', :now, 'test')""")
			.param("node", nodeId)
			.param("year", year.next().value())
			.param("now", now)
			.update();

		PlanActivities.Narrative narrative = activities.of(planId, year);

		List<Activity> found = narrative.activitiesOf(nodeId);
		assertThat(found).hasSize(1);
		Activity activity = found.get(0);
		assertThat(activity.title()).isEqualTo("炭鉄港めしフェスタの開催");
		assertThat(activity.leads()).containsExactly("振興局", "市町");
		assertThat(activity.dates()).isEqualTo(dates);
		assertThat(activity.dates().written()).isEqualTo("夏 令和5年7月7日～13日 / 冬 令和5年10月6日～19日");
		assertThat(activity.images()).hasSize(1);
		assertThat(activity.images().get(0).alt()).isEqualTo("プレート型");
		assertThat(images.find(activity.images().get(0).id()).orElseThrow().bytes()).containsExactly(1, 2, 3);
		assertThat(narrative.actionsOf(nodeId)).extracting(NextAction::text).containsExactly("炭鉄港の魅力発信");
		assertThat(activities.of(planId, year.next()).activitiesOf(nodeId)).isEmpty();

		jdbc.sql("UPDATE plan_node SET archived_at = :now, archived_by = 'test' WHERE id = :node")
			.param("now", now)
			.param("node", nodeId)
			.update();
		assertThat(activities.of(planId, year).activitiesOf(nodeId)).isEmpty();
	}

}
