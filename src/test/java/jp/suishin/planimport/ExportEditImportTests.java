package jp.suishin.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Export → edit in Excel → import: the plan's own xlsx, edited as a person would (a value
 * changed, a target changed, a year's value added), imports exactly those edits and
 * nothing else; the export as it is imports as no change at all.
 */
@SpringBootTest(properties = { "suishin.sample-data.enabled=false", "suishin.reminders.cron=-" })
class ExportEditImportTests {

	@Autowired
	ImportingPlan importing;

	@Autowired
	ExportingPlan exporting;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Test
	void exactlyTheEditsChange_nothingIsLostOrDuplicated() throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		long owner = organisations
			.add(new NewOrganization("trip-" + key, "往復市" + key, OrganizationKind.PREFECTURE, null, null));
		Viewer planner = new Viewer(1L, "planner", "計画担当", false, List.of(new Grant(owner, Role.PLANNER, null)));
		byte[] example = java.nio.file.Files.readAllBytes(ExampleWorkbook.XLSX);
		ImportReport first = importing.commit(planner,
				new ImportingPlan.Request("trip-" + key, "往復の計画", null, "example.xlsx", example, Map.of()));
		assertThat(first.problems()).isEmpty();
		long planId = first.planId();
		Map<String, List<YearlyValue>> before = valuesByKpi(planId);
		int kpiCount = kpis.findByPlan(planId).size();

		byte[] exported = exporting.export(planner, planId).content();
		ImportReport unchanged = importing.dryRun(planner,
				new ImportingPlan.Request("trip-" + key, "往復の計画", null, "往復の計画.xlsx", exported, Map.of()));
		assertThat(unchanged.problems()).isEmpty();
		assertThat(unchanged.created()).isEqualTo(ImportReport.Counts.NONE);
		assertThat(unchanged.changed()).isEqualTo(ImportReport.Counts.NONE);

		byte[] edited = edit(exported);
		ImportReport dry = importing.dryRun(planner,
				new ImportingPlan.Request("trip-" + key, "往復の計画", null, "往復の計画.xlsx", edited, Map.of()));
		assertThat(dry.problems()).isEmpty();
		assertThat(dry.created()).isEqualTo(new ImportReport.Counts(0, 0, 1));
		assertThat(dry.changed()).isEqualTo(new ImportReport.Counts(0, 1, 1));

		ImportReport report = importing.commit(planner,
				new ImportingPlan.Request("trip-" + key, "往復の計画", null, "往復の計画.xlsx", edited, Map.of()));

		assertThat(report.problems()).isEmpty();
		assertThat(kpis.findByPlan(planId)).hasSize(kpiCount);
		Kpi visitors = kpi(planId, "観光入込客数");
		Kpi farmers = kpi(planId, "新規就農者数");
		Kpi rate = kpi(planId, "農地の集積率");
		assertThat(visitors.target().value()).isEqualByComparingTo("1600");
		assertThat(value(farmers, 2021)).isEqualByComparingTo("5");
		assertThat(value(rate, 2023)).isEqualByComparingTo("46.1");
		Map<String, List<YearlyValue>> after = valuesByKpi(planId);
		for (String name : before.keySet()) {
			List<YearlyValue> was = before.get(name);
			List<YearlyValue> now = after.get(name);
			int added = name.equals("農地の集積率") ? 1 : 0;
			assertThat(now).as(name).hasSize(was.size() + added);
			for (YearlyValue old : was) {
				YearlyValue same = now.stream().filter(v -> v.year().equals(old.year())).findFirst().orElseThrow();
				boolean edit = name.equals("新規就農者数") && old.year().value() == 2021;
				assertThat(same.version()).as(name + " " + old.year())
					.isEqualTo(edit ? old.version() + 1 : old.version());
			}
		}
		assertThat(audit.of(AuditSubject.kpi(visitors.id())))
			.anySatisfy(e -> assertThat(e.reason()).isEqualTo("取込: 往復の計画.xlsx"));
	}

	/**
	 * As a person edits in Excel: 新規就農者数's 2021 value 4 → 5, 観光入込客数's target 1,500 →
	 * 1,600, 農地の集積率 gets its 2023 value.
	 */
	static byte[] edit(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheet(PlanWorkbookWriter.SHEET);
			DataFormatter formatter = new DataFormatter();
			Row header = null;
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (formatter.formatCellValue(cell).equals("評価指標")) {
						header = row;
					}
				}
				if (header != null) {
					break;
				}
			}
			Map<String, Integer> columns = new HashMap<>();
			for (Cell cell : header) {
				String text = formatter.formatCellValue(cell);
				Optional<FiscalYear> year = FiscalYear.parse(text);
				columns.put(year.map(y -> String.valueOf(y.value())).orElse(text), cell.getColumnIndex());
			}
			int kpi = columns.get("評価指標");
			for (Row row : sheet) {
				if (row.getRowNum() <= header.getRowNum() || row.getCell(kpi) == null) {
					continue;
				}
				String name = formatter.formatCellValue(row.getCell(kpi));
				if (name.equals("新規就農者数")) {
					row.getCell(columns.get("2021")).setCellValue(5);
				}
				if (name.equals("観光入込客数")) {
					row.getCell(columns.get("目標値")).setCellValue(1600);
				}
				if (name.equals("農地の集積率")) {
					Cell cell = row.getCell(columns.get("2023"));
					if (cell == null) {
						cell = row.createCell(columns.get("2023"), CellType.NUMERIC);
					}
					cell.setCellValue(46.1);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	Kpi kpi(long planId, String name) {
		return kpis.findByPlan(planId).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
	}

	java.math.BigDecimal value(Kpi kpi, int year) {
		return kpis.findValue(kpi.id(), FiscalYear.of(year)).orElseThrow().actual().amount().orElseThrow();
	}

	Map<String, List<YearlyValue>> valuesByKpi(long planId) {
		Map<String, List<YearlyValue>> byName = new HashMap<>();
		for (Kpi kpi : kpis.findByPlan(planId)) {
			byName.put(kpi.name(), kpis.values(kpi.id()));
		}
		return byName;
	}

}
