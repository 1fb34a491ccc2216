package jp.suishin.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.ActionLine;
import jp.suishin.document.ReportDocument.ActivityLine;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.Distribution;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.KpiTable;
import jp.suishin.document.ReportDocument.ProgramLine;
import jp.suishin.document.ReportDocument.Section;
import jp.suishin.document.ReportDocument.Share;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.document.ReportDocument.Text;

/**
 * A report document of a plan of any size for W4, generated (a fixed seed), in Japanese
 * or, for the Latin-only baseline, with the same structure and text lengths in Latin
 * letters: the renderers are measured, not the drafting.
 */
final class SyntheticReport {

	static final int YEARS = 6;

	static final int LAST_YEAR = 2024;

	private SyntheticReport() {
	}

	static ReportDocument of(int kpis, int sections, boolean japanese) {
		Random random = new Random(20261203L);
		Words words = new Words(japanese, random);
		List<Integer> columns = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int year = LAST_YEAR - YEARS + 1; year <= LAST_YEAR; year++) {
			columns.add(year);
			labels.add("R" + (year - 2018));
		}
		List<KpiRow> all = new ArrayList<>();
		List<Section> list = new ArrayList<>();
		int perSection = (kpis + sections - 1) / sections;
		for (int s = 0; s < sections; s++) {
			long nodeId = 1000 + s;
			String title = words.phrase(24);
			List<KpiRow> rows = new ArrayList<>();
			for (int k = s * perSection; k < Math.min(kpis, (s + 1) * perSection); k++) {
				rows.add(row(k, nodeId, title, columns, labels, words, random));
			}
			all.addAll(rows);
			List<ActivityLine> activities = new ArrayList<>();
			for (int a = 0; a < 5; a++) {
				activities.add(new ActivityLine(words.phrase(20), List.of(words.phrase(4)), words.phrase(12),
						LocalDate.of(LAST_YEAR, 6, 1 + a), words.phrase(10), words.phrase(120), words.phrase(8),
						List.of()));
			}
			List<ActionLine> actions = List.of(new ActionLine(words.phrase(30), List.of(words.phrase(4))),
					new ActionLine(words.phrase(30), List.of(words.phrase(4))));
			list.add(new Section(nodeId, String.valueOf(s + 1), title, words.phrase(200), words.phrase(20), activities,
					rows, LAST_YEAR + 1, "R" + (LAST_YEAR + 1 - 2018), actions));
		}
		List<ProgramLine> programs = new ArrayList<>();
		for (int p = 0; p < 20; p++) {
			programs.add(new ProgramLine(words.phrase(20), words.phrase(80), words.phrase(4),
					List.of(String.valueOf(1 + p % sections)), LAST_YEAR + 1));
		}
		int achieved = kpis / 2;
		int pending = kpis / 10;
		Distribution distribution = new Distribution(kpis, kpis - pending, pending,
				new Text(words.phrase(60), words.phrase(60)),
				List.of(new Share("achieved", words.phrase(4), achieved, 50, 5),
						new Share("behind", words.phrase(4), kpis - achieved - pending, 40, 4),
						new Share("pending", words.phrase(3), pending, 10, 1)));
		Cover cover = new Cover(1, "synthetic", words.phrase(30), 1, words.phrase(6), "012106", LAST_YEAR, "R6",
				words.phrase(40), words.phrase(5), null, LocalDate.of(2026, 12, 3));
		return new ReportDocument(ReportDocument.FORMAT_VERSION, cover, list, new KpiTable(columns, labels, all),
				distribution, new Text(words.phrase(800), words.phrase(800)), programs, null);
	}

	private static KpiRow row(int k, long nodeId, String nodeTitle, List<Integer> columns, List<String> labels,
			Words words, Random random) {
		String unit = words.japanese ? "人" : "pp";
		List<Figure> values = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			boolean pending = c == columns.size() - 1 && k % 10 == 0;
			BigDecimal value = pending ? null : BigDecimal.valueOf(1000 + random.nextInt(100000));
			values.add(new Figure(value, pending ? words.phrase(6) : String.format("%,d%s", value.longValue(), unit),
					pending ? Status.PENDING : Status.CONFIRMED, columns.get(c), labels.get(c), pending ? 7 : null));
		}
		Figure baseline = new Figure(BigDecimal.valueOf(5000), "5,000" + unit, Status.CONFIRMED, columns.get(0),
				labels.get(0), null);
		Figure target = new Figure(BigDecimal.valueOf(60000), "60,000" + unit, Status.CONFIRMED, LAST_YEAR + 3, "R9",
				null);
		Figure actual = values.get(values.size() - 1);
		BigDecimal rate = actual.value() == null ? null : BigDecimal.valueOf(random.nextInt(1500), 1);
		return new KpiRow("kpi-" + k, k, nodeId, nodeTitle, words.phrase(28), k % 17 == 0, unit, "increase", baseline,
				values, actual, target, rate, rate == null ? "－％" : rate + "％", rate == null ? "pending" : "b",
				rate == null ? words.phrase(3) : words.phrase(5));
	}

	/**
	 * Text of a given width: so many kanji and kana, or twice as many Latin letters (a
	 * Japanese character is as wide as two Latin ones), so that both documents fill about
	 * the same pages.
	 */
	private static final class Words {

		private static final String KANA = "地域観光交流人口拡大推進事業農業産業振興担い手確保移住定住支援件数割合あいうえおかきくけこさしすせそ";

		final boolean japanese;

		final Random random;

		Words(boolean japanese, Random random) {
			this.japanese = japanese;
			this.random = random;
		}

		String phrase(int length) {
			int characters = japanese ? length : 2 * length;
			StringBuilder text = new StringBuilder(characters);
			for (int i = 0; i < characters; i++) {
				if (japanese) {
					text.append(KANA.charAt(random.nextInt(KANA.length())));
				}
				else {
					text.append(i % 7 == 6 ? ' ' : (char) ('a' + random.nextInt(26)));
				}
			}
			return text.toString();
		}

	}

}
