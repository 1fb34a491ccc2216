package jp.suishin.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jp.suishin.document.ReportDocument;
import jp.suishin.document.ReportDocument.ActionLine;
import jp.suishin.document.ReportDocument.ActivityLine;
import jp.suishin.document.ReportDocument.Cover;
import jp.suishin.document.ReportDocument.Distribution;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.document.ReportDocument.ImageRef;
import jp.suishin.document.ReportDocument.KpiRow;
import jp.suishin.document.ReportDocument.KpiTable;
import jp.suishin.document.ReportDocument.ProgramLine;
import jp.suishin.document.ReportDocument.Section;
import jp.suishin.document.ReportDocument.Share;
import jp.suishin.document.ReportDocument.Status;
import jp.suishin.document.ReportDocument.Text;

/**
 * A report document with every part filled in (a pending value, a gap in the values, a
 * re-listed row, an image, a correction mark), figures quoted from seed 003.
 */
final class Documents {

	private Documents() {
	}

	static ReportDocument sorachiFy2024(long planId, long ownerId) {
		Figure baseline = new Figure(new BigDecimal("113600"), "113,600ha", Status.CONFIRMED, 2020, "R2", null);
		Figure r5 = new Figure(new BigDecimal("113500"), "113,500ha", Status.CONFIRMED, 2023, "R5", null);
		Figure target = new Figure(new BigDecimal("113600"), "113,600ha", Status.CONFIRMED, 2025, "R7", null);
		KpiRow area = new KpiRow("sorachi-cultivated-area", 11, 2, "未来技術の導入などによる産業振興・担い手確保プロジェクト", "空知の耕作面積の維持", false,
				"ha", "MAINTAIN", baseline, Arrays.asList(null, r5), r5, target, new BigDecimal("99.9"), "99.9％",
				"over80", "80~99％");
		Figure pending = new Figure(null, "集計中", Status.PENDING, 2023, "R5", null);
		Figure visitorsBase = new Figure(new BigDecimal("1232"), "1,232万人", Status.CONFIRMED, 2019, "R1", null);
		Figure visitorsTarget = new Figure(new BigDecimal("1278"), "1,278万人", Status.CONFIRMED, 2024, "R6", null);
		KpiRow visitors = new KpiRow("sorachi-tourist-visitors", 12, 3, "地域の歴史や資源を活かした空知の魅力発信プロジェクト", "管内への観光入込客数",
				true, "万人", "INCREASE", visitorsBase,
				List.of(new Figure(new BigDecimal("1159.6"), "1,159.6万人", Status.PRELIMINARY, 2022, "R4", 7), pending),
				pending, visitorsTarget, null, "－％", "pending", "集計中");
		KpiTable table = new KpiTable(List.of(2022, 2023), List.of("R4", "R5"), List.of(area, visitors));
		Section section = new Section(2, "2", "未来技術の導入などによる産業振興・担い手確保プロジェクト", "目的の文", "空知地域",
				List.of(new ActivityLine("空知スマート農業フォーラム", List.of("振興局", "市町"), "令和5年9月16日～17日",
						LocalDate.of(2023, 9, 16), "岩見沢市", "概要", "120名",
						List.of(new ImageRef(5, "image/png", 640, 480, "会場の様子")))),
				List.of(area), 2024, "R6", List.of(new ActionLine("スマート農業の推進", List.of("振興局"))));
		Distribution distribution = new Distribution(7, 4, 3, new Text("７件の評価指標（再掲を除く）のうち…", "Of 7 KPIs …"),
				List.of(new Share("over100", "100％以上", 1, 14, 2), new Share("over80", "80~99％", 3, 43, 4),
						new Share("pending", "集計中", 3, 43, 4)));
		Cover cover = new Cover(planId, "sorachi-doo-policy-2021", "道央広域連携地域政策展開方針（空知地域）の推進管理", ownerId, "空知総合振興局",
				null, 2023, "R5", "道央広域連携地域政策展開方針の推進状況(R5)について", "プロジェクト", null, LocalDate.of(2024, 9, 30));
		return new ReportDocument(ReportDocument.FORMAT_VERSION, cover, List.of(section), table, distribution,
				new Text("・ 空知の耕作面積は微減に留まっている。\n・ 認定こども園設置数は、現状維持となった。", null),
				List.of(new ProgramLine("空知スマート農業推進・人材力強化事業", "概要", "振興局", List.of("②"), 2024)), null);
	}

}
