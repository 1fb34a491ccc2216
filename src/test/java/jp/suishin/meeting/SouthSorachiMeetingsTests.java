package jp.suishin.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.account.Viewer;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sample data's South Sorachi meetings against seed 002 itself: every row of 【１】
 * 担当者部会等の開催状況 (№, 分野, カテゴリ, 開催日①, 開催日②, under its 実施方式) is one meeting of its 分野 with
 * those days in fiscal year R6, and the three meetings of 【３】今後の流れ carry the seed's
 * timing and agenda. Skipped on a machine without the seeds.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:south-sorachi-meetings;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
class SouthSorachiMeetingsTests {

	static final String SEED = "002_ab7e895c6c76778a.txt";

	/** A row of the table: № 分野 カテゴリ 開催日① 開催日② (ー for none). */
	static final Pattern ROW = Pattern.compile("^(\\d{1,2}) (\\S+) (\\S+) (\\S+) (\\S+)$");

	@Autowired
	PlanMeetings meetings;

	@Autowired
	PlanRepository plans;

	/** A row as the seed prints it, with the 実施方式 written above it. */
	record SeedRow(int number, String field, String category, String first, String second, String method) {
	}

	@Test
	void everyRowOfTheSchedule_isAMeetingOfItsField_withTheSeedsDays() throws IOException {
		List<SeedRow> rows = rows(seed());
		assertThat(rows).extracting(SeedRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		long plan = plans.findByKey("south-sorachi-vision").orElseThrow().id();
		List<PlanMeetings.Shown> shown = meetings.of(Viewer.PUBLIC, plan).meetings();
		// the ten rows first, in the table's order, then the three meetings of 【３】
		assertThat(shown).hasSize(13);
		for (SeedRow row : rows) {
			PlanMeetings.Shown meeting = shown.get(row.number() - 1);
			MeetingContent content = meeting.content();
			String where = "№" + row.number();
			assertThat(content.year().eraLabel()).as(where).isEqualTo("R6");
			assertThat(normal(meeting.nodeTitle())).as(where).isEqualTo(normal(row.field()));
			assertThat(normal(content.title())).as(where).isEqualTo(normal(row.category()));
			assertThat(monthDay(content.firstDay())).as(where).isEqualTo(row.first());
			assertThat(monthDay(content.secondDay())).as(where).isEqualTo(row.second());
			assertThat(content.method()).as(where).isEqualTo(row.method());
			assertThat(content.kind()).as(where)
				.isEqualTo(row.method().contains("ヒアリング") ? MeetingKind.HEARING : MeetingKind.WORKING_GROUP);
		}
	}

	@Test
	void theMeetingsStillToCome_haveTheSeedsTimingAndAgenda() throws IOException {
		String seed = seed();
		String flow = seed.substring(seed.indexOf("【３】共生ビジョン懇談会・担当者部会の今後の流れ"));
		long plan = plans.findByKey("south-sorachi-vision").orElseThrow().id();
		List<PlanMeetings.Shown> later = meetings.of(Viewer.PUBLIC, plan).meetings().subList(10, 13);
		assertThat(later).extracting(m -> m.content().title())
			.containsExactly("第２回共生ビジョン懇談会", "第３回担当者部会等", "第３回共生ビジョン懇談会");
		assertThat(later).extracting(m -> m.content().kind())
			.containsExactly(MeetingKind.COMMITTEE, MeetingKind.WORKING_GROUP, MeetingKind.COMMITTEE);
		for (PlanMeetings.Shown meeting : later) {
			MeetingContent content = meeting.content();
			assertThat(flow).as(content.title()).contains(content.title(), content.timing());
			assertThat(content.firstDay()).as(content.title()).isNull();
			for (String line : content.agenda().split("\n")) {
				// the agenda's lines are the seed's, the decision's two parts as the seed
				// prints them
				for (String part : line.replace("（", " ").replace("）", "").split(" ")) {
					assertThat(flow).as(content.title()).contains(part.strip());
				}
			}
		}
	}

	/** The rows of 【１】 with the 実施方式 block printed above each group of them. */
	static List<SeedRow> rows(String seed) {
		String table = seed.substring(seed.indexOf("開催日②") + "開催日②".length(),
				seed.indexOf("【１】南空知定住自立圏共生ビジョン 担当者部会等の開催状況"));
		List<SeedRow> rows = new ArrayList<>();
		StringBuilder method = new StringBuilder();
		String current = null;
		for (String line : table.strip().split("\n")) {
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			Matcher row = ROW.matcher(text);
			if (row.matches()) {
				if (method.length() > 0) {
					current = method.toString();
					method.setLength(0);
				}
				rows.add(new SeedRow(Integer.parseInt(row.group(1)), row.group(2), row.group(3), row.group(4),
						row.group(5), current));
			}
			else {
				method.append(text);
			}
		}
		return rows;
	}

	/** A day as the seed's table writes it: 8/8, ー for none. */
	static String monthDay(LocalDate day) {
		return day == null ? "ー" : day.getMonthValue() + "/" + day.getDayOfMonth();
	}

	/** ＩＣＴインフラ and ICTインフラ are the same words. */
	static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	static String seed() throws IOException {
		for (String dir : List.of("../shared/seeds", "../../shared/seeds")) {
			Path path = Path.of(dir, SEED);
			if (Files.exists(path)) {
				return Files.readString(path);
			}
		}
		Assumptions.abort("seed " + SEED + " not found");
		return null;
	}

}
