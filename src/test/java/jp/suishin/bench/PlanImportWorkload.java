package jp.suishin.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.planimport.ImportReport;
import jp.suishin.planimport.ImportingPlan;
import jp.suishin.planimport.PlanWorkbookWriter;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * W3 import-plan: a plan's KPI workbook of 2,000 KPIs with 10 year columns (as
 * {@link PlanWorkbookWriter} writes it: 20 goals, 10 measures each, 10 KPIs each),
 * imported through {@link ImportingPlan} in-process, the dry run and the commit (a new
 * plan each round, every KPI and value stored), each against a bare streaming read of the
 * same file that only counts its cells (POI's XSSFReader and a SAX handler).
 */
final class PlanImportWorkload implements Workload {

	static final int YEARS = 10;

	@Override
	public String id() {
		return "W3";
	}

	@Override
	public List<Row> run(BenchContext context) throws Exception {
		boolean smoke = context.smoke();
		int kpiCount = smoke ? 200 : 2000;
		int warmUps = smoke ? 1 : 3;
		int rounds = smoke ? 2 : 5;
		String schema = context.freshSchema();
		ConfigurableApplicationContext app = context.application(schema, false);
		long owner = app.getBean(OrganisationRepository.class)
			.add(new NewOrganization("w3-plan", "W3取込県", OrganizationKind.PREFECTURE, null, null));
		Viewer planner = new Viewer(0L, "bench:w3", "bench", false, List.of(new Grant(owner, Role.PLANNER, null)));
		ImportingPlan importing = app.getBean(ImportingPlan.class);
		byte[] file = workbook(kpiCount);

		List<Double> bare = new ArrayList<>();
		List<Double> dry = new ArrayList<>();
		List<Double> commit = new ArrayList<>();
		long cells = 0;
		for (int round = 0; round < warmUps + rounds; round++) {
			long started = System.nanoTime();
			cells = countCells(file);
			double read = (System.nanoTime() - started) / 1e6;
			ImportingPlan.Request request = new ImportingPlan.Request("w3-plan", "W3 plan " + round, null,
					"w3-plan.xlsx", file, Map.of());
			started = System.nanoTime();
			ImportReport dryRun = importing.dryRun(planner, request);
			double dryTook = (System.nanoTime() - started) / 1e6;
			started = System.nanoTime();
			ImportReport committed = importing.commit(planner, request);
			double commitTook = (System.nanoTime() - started) / 1e6;
			if (committed.hasProblems()) {
				throw new IllegalStateException("W3 import-plan refused: " + committed.problems());
			}
			Disagreement.check("W3", "KPIs the dry run would create, round " + round, (long) dryRun.created().kpis(),
					(long) kpiCount);
			Disagreement.check("W3", "values stored, round " + round, (long) committed.created().values(),
					(long) kpiCount * YEARS);
			if (round >= warmUps) {
				bare.add(read);
				dry.add(dryTook);
				commit.add(commitTook);
			}
		}
		double baseline = UploadWorkload.median(bare);
		String note = String.format(Locale.ROOT,
				"median of %d rounds after %d; baseline: XSSFReader + SAX counting every cell (%,d cells); "
						+ "%,d KPIs and %,d values a round, the counts agree; file %,d bytes",
				rounds, warmUps, cells, kpiCount, kpiCount * YEARS, file.length);
		List<Row> rows = new ArrayList<>();
		rows.add(Row.ratio(String.format(Locale.ROOT, "W3 import-plan dry run: %,d-KPI workbook, %d year columns",
				kpiCount, YEARS), UploadWorkload.median(dry), baseline, "ms", 2, note));
		rows.add(
				Row.ratio(
						String.format(Locale.ROOT, "W3 import-plan commit: %,d-KPI workbook, %d year columns", kpiCount,
								YEARS),
						UploadWorkload.median(commit), baseline, "ms", 2,
						note + "; a new plan each round (nodes, KPIs, values, audit entries stored)"));
		return rows;
	}

	/** The workbook: 20 goals × 10 measures × as many KPIs as it takes, 10 years each. */
	static byte[] workbook(int kpiCount) {
		List<FiscalYear> years = new ArrayList<>();
		for (int y = 2020; y < 2020 + YEARS; y++) {
			years.add(FiscalYear.of(y));
		}
		List<PlanWorkbookWriter.Listing> rows = new ArrayList<>();
		int perMeasure = Math.max(1, kpiCount / 200);
		for (int i = 0; i < kpiCount; i++) {
			int measure = i / perMeasure;
			int goal = measure / 10;
			TreeMap<FiscalYear, PlanWorkbookWriter.Value> values = new TreeMap<>();
			for (int y = 0; y < YEARS; y++) {
				values.put(years.get(y),
						PlanWorkbookWriter.Value.of(BigDecimal.valueOf(100 + (i * 7L + y * 3L) % 500)));
			}
			rows.add(new PlanWorkbookWriter.Listing(
					List.of((goal + 1) + " 基本目標" + (goal + 1), "(" + (measure % 10 + 1) + ") 施策" + (measure + 1)),
					"指標" + (i + 1), false, "人", "増加", "単年", BigDecimal.valueOf(100), FiscalYear.of(2019),
					BigDecimal.valueOf(700), FiscalYear.of(2029), null, null, values));
		}
		return PlanWorkbookWriter.xlsx(new PlanWorkbookWriter.Plan("W3 plan", List.of("基本目標", "施策"), years, rows));
	}

	/** The bare read: every sheet streamed, its cells counted, nothing else. */
	static long countCells(byte[] file) throws Exception {
		long[] count = { 0 };
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
			XSSFReader reader = new XSSFReader(pkg);
			Iterator<InputStream> sheets = reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new DefaultHandler() {
						@Override
						public void startElement(String uri, String localName, String qName, Attributes attributes) {
							if ("c".equals(localName) || "c".equals(qName)) {
								count[0]++;
							}
						}
					});
					xml.parse(new InputSource(sheet));
				}
			}
		}
		return count[0];
	}

}
