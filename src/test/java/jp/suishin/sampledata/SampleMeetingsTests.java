package jp.suishin.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jp.suishin.meeting.MeetingRecords;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A meeting of the sample data goes through the meetings' use case: one it refuses fails
 * the load with the message the form shows, naming the file, the entry and the field, and
 * nothing of it is stored.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:sample-meetings;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class SampleMeetingsTests {

	@Autowired
	SampleMeetings sampleMeetings;

	@Autowired
	MeetingRecords records;

	@Autowired
	PlanRepository plans;

	@Test
	void aDayOutsideTheMeetingsYear_failsTheLoad_withTheFormsMessage() {
		long plan = plans.findByKey("south-sorachi-vision").orElseThrow().id();
		int before = records.meetingsOf(plan).size();
		YamlEntry file = new YamlEntry("bad-meetings.yaml", "",
				Map.of("plan", "south-sorachi-vision", "meetings", List.of(Map.of("kind", "WORKING_GROUP", "field",
						List.of("生活機能の強化に係る政策分野", "医療"), "title", "救急医療体制", "year", "R6", "firstDay", "2024-03-31"))));
		assertThatThrownBy(() -> sampleMeetings.importMeetings(file)).isInstanceOf(SampleDataException.class)
			.hasMessageContaining("bad-meetings.yaml")
			.hasMessageContaining("firstDay 令和6年3月31日はR6年度")
			.hasMessageContaining("meetings");
		assertThat(records.meetingsOf(plan)).hasSize(before);
	}

	@Test
	void aFieldThatIsNotInThePlan_failsTheLoad_namingThePath() {
		YamlEntry file = new YamlEntry("bad-meetings.yaml", "",
				Map.of("plan", "south-sorachi-vision", "meetings", List.of(Map.of("kind", "WORKING_GROUP", "field",
						List.of("生活機能の強化に係る政策分野", "宇宙"), "title", "x", "year", "R6", "firstDay", "8/8"))));
		assertThatThrownBy(() -> sampleMeetings.importMeetings(file)).isInstanceOf(SampleDataException.class)
			.hasMessageContaining("宇宙");
	}

}
