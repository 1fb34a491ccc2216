package jp.suishin.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.UploadingValues;
import jp.suishin.exchange.KpiTableWriter;
import jp.suishin.exchange.Sheets;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.KpiFigures;
import jp.suishin.progress.Schemes;
import jp.suishin.progress.YearlyActuals;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.context.ConfigurableApplicationContext;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * W3 import: a department's sheet (the KPI table as {@link KpiTableWriter} writes it, as
 * xlsx, every fiscal year a column) of 2,000 KPIs uploaded through
 * {@link UploadingValues}, in-process, end to end with the values stored, against a bare
 * streaming read of the same file (POI's event API: XSSFReader and a SAX handler reading
 * every cell, nothing else). Each round uploads a sheet with new values for the
 * collection's year, so that every round stores every value. The peak heap is measured in
 * a child JVM with {@code -Xmx256m}: the 2,000-KPI upload, the largest sheet the reader
 * accepts, and a sheet of 20,000 rows (refused at its row 5,001).
 */
final class UploadWorkload implements Workload {

	static final int YEAR = 2024;

	@Override
	public String id() {
		return "W3";
	}

	@Override
	public List<Row> run(BenchContext context) throws Exception {
		boolean smoke = context.smoke();
		int kpiCount = smoke ? 200 : 2000;
		int bigRows = smoke ? 1000 : Sheets.MAX_ROWS - 1;
		int bigColumns = smoke ? 40 : Sheets.MAX_COLUMNS;
		int warmUps = smoke ? 1 : 5;
		int rounds = smoke ? 2 : 7;
		String schema = context.freshSchema();
		ConfigurableApplicationContext app = context.application(schema, false);
		Setup sheet = Setup.department(app, "w3", kpiCount);
		UploadingValues uploading = app.getBean(UploadingValues.class);

		List<Double> suishin = new ArrayList<>();
		List<Double> baseline = new ArrayList<>();
		List<Double> reads = new ArrayList<>();
		BareRead lastRead = null;
		byte[] file = null;
		for (int round = 0; round < warmUps + rounds; round++) {
			file = sheet.xlsx(round);
			long started = System.nanoTime();
			BareRead read = BareRead.of(file, YEAR);
			double bare = (System.nanoTime() - started) / 1e6;
			started = System.nanoTime();
			Sheets.read("sheet.xlsx", file, new Sheets.Rows() {

				@Override
				public void row(int number, List<String> cells) {
				}

				@Override
				public boolean reads(int column) {
					return column < 2 || column == 18;
				}

			});
			double readAlone = (System.nanoTime() - started) / 1e6;
			started = System.nanoTime();
			UploadingValues.Upload upload = uploading.upload(sheet.viewer, sheet.collectionId, "sheet.xlsx", file);
			double took = (System.nanoTime() - started) / 1e6;
			if (!upload.stored()) {
				throw new IllegalStateException("W3 upload refused: " + upload.problems());
			}
			Disagreement.check("W3", "values stored in round " + round, (long) upload.recorded(), read.count());
			if (round >= warmUps) {
				suishin.add(took);
				baseline.add(bare);
				reads.add(readAlone);
			}
			lastRead = read;
		}
		Stored stored = sheet.stored(context, schema);
		Disagreement.check("W3", "count of the year's values", stored.count(), lastRead.count());
		Disagreement.check("W3", "sum of the year's values", plain(stored.sum()), plain(lastRead.sum()));

		double upload = median(suishin);
		double bare = median(baseline);
		List<Row> rows = new ArrayList<>();
		rows.add(Row.ratio(String.format(Locale.ROOT, "W3 import: %,d-KPI sheet (xlsx) uploaded and stored", kpiCount),
				upload, bare, "ms", 2,
				String.format(Locale.ROOT,
						"median of %d rounds after %d; baseline: XSSFReader + SAX reading every cell; %,d values "
								+ "stored a round, count and sum agree; file %,d bytes; Suishin's read alone %.1f ms",
						rounds, warmUps, lastRead.count(), file.length, median(reads))));
		if (Boolean.getBoolean("suishin.bench.w3.timeOnly")) {
			// for profiling runs: the heap rows take a second plan and a child JVM
			return rows;
		}

		// the heap, in a child JVM of 256 MB
		Setup big = Setup.planner(app, "w3-big", bigRows);
		Path directory = Files.createTempDirectory("suishin-w3-");
		Path regular = Files.write(directory.resolve("sheet.xlsx"), sheet.xlsx(warmUps + rounds));
		Path largest = Files.write(directory.resolve("largest.xlsx"), big.largest(bigColumns));
		Path longest = Files.write(directory.resolve("longest.xlsx"), Setup.rows(smoke ? 6000 : 20000));
		List<UploadHeapProbe.Result> probed;
		try {
			probed = UploadHeapProbe.inChild(context, schema,
					List.of(sheet.job(regular), big.job(largest), big.job(longest)));
		}
		finally {
			for (Path p : List.of(regular, largest, longest, directory)) {
				Files.deleteIfExists(p);
			}
		}
		UploadHeapProbe.Result regularHeap = probed.get(0);
		UploadHeapProbe.Result largestHeap = probed.get(1);
		UploadHeapProbe.Result longestHeap = probed.get(2);
		Disagreement.check("W3", "values stored by the child JVM", regularHeap.recorded(), kpiCount);
		Disagreement.check("W3", "rows of the largest sheet stored by the child JVM", largestHeap.recorded(), bigRows);

		rows.add(heapRow(String.format(Locale.ROOT, "W3 import: peak heap, %,d-KPI upload (-Xmx256m)", kpiCount),
				regularHeap, "child JVM; upload completed"));
		rows.add(heapRow(
				String.format(Locale.ROOT, "W3 import: peak heap, largest sheet read (%,d × %d cells, %.1f MB)",
						bigRows + 1, bigColumns, largestHeap.bytes() / 1048576.0),
				largestHeap, String.format(Locale.ROOT, "child JVM -Xmx256m; %,d values stored", bigRows)));
		rows.add(heapRow(
				String.format(Locale.ROOT, "W3 import: peak heap, sheet of %,d rows (%.1f MB)", smoke ? 6000 : 20000,
						longestHeap.bytes() / 1048576.0),
				longestHeap, "child JVM -Xmx256m; refused at row " + (Sheets.MAX_ROWS + 1) + " as too long: "
						+ longestHeap.outcome()));
		return rows;
	}

	private static Row heapRow(String name, UploadHeapProbe.Result result, String note) {
		if (result.outOfMemory()) {
			return Row.bound(name, Double.POSITIVE_INFINITY, "MB", 256, "OutOfMemoryError in the child JVM");
		}
		return Row.bound(name, result.peakHeap() / 1048576.0, "MB", 256, note + String.format(Locale.ROOT,
				"; sum of heap pools' peaks, old gen %.0f MB", result.peakOld() / 1048576.0));
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String plain(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

	record Stored(long count, BigDecimal sum) {
	}

	/**
	 * A plan of {@code count} KPIs in its own organisation, its year's collection open,
	 * and who uploads to it.
	 */
	static final class Setup {

		final long planId;

		final long collectionId;

		final Viewer viewer;

		final List<NewKpi> kpis;

		final long organisationId;

		final Long departmentId;

		private Setup(long planId, long collectionId, Viewer viewer, List<NewKpi> kpis, long organisationId,
				Long departmentId) {
			this.planId = planId;
			this.collectionId = collectionId;
			this.viewer = viewer;
			this.kpis = kpis;
			this.organisationId = organisationId;
			this.departmentId = departmentId;
		}

		/** A department editor uploads; every KPI is the department's. */
		static Setup department(ConfigurableApplicationContext app, String key, int count) {
			return create(app, key, count, true);
		}

		/** The planner uploads. */
		static Setup planner(ConfigurableApplicationContext app, String key, int count) {
			return create(app, key, count, false);
		}

		private static Setup create(ConfigurableApplicationContext app, String key, int count, boolean department) {
			OrganisationRepository organisations = app.getBean(OrganisationRepository.class);
			PlanRepository plans = app.getBean(PlanRepository.class);
			KpiRepository kpiRepository = app.getBean(KpiRepository.class);
			long organisation = organisations
				.add(new NewOrganization(key, "ベンチ県" + key, OrganizationKind.PREFECTURE, null, null));
			long planId = plans.add(new NewPlan(key + "-plan", "ベンチ計画 " + key, organisation,
					new FiscalPeriod(FiscalYear.of(YEAR - 9), FiscalYear.of(YEAR)), List.of("基本目標"), null, null, null,
					Schemes.DEFAULT, BaselinePolicy.REVISED));
			long node = plans.addNode(new NewPlanNode(planId, null, 1, 1, "1", "基本目標1", null, null, List.of(), null));
			Long departmentId = department ? app.getBean(DepartmentRepository.class)
				.addOrFind(organisation, DepartmentName.of("企画課").orRefuse("name"))
				.id() : null;
			List<NewKpi> added = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				NewKpi kpi = new NewKpi(planId, key + "-" + i, String.format(Locale.ROOT, "評価指標%05d 移住相談件数", i),
						Unit.of(i % 3 == 0 ? "人" : i % 3 == 1 ? "％" : "件"), Direction.INCREASE, Aggregation.YEARLY,
						new Baseline(BigDecimal.valueOf(100 + i), FiscalYear.of(YEAR - 9)),
						new Target(BigDecimal.valueOf(200 + i), FiscalYear.of(YEAR)), null, null);
				long id = kpiRepository.add(kpi);
				kpiRepository.addListing(node, id, i + 1, false);
				if (departmentId != null) {
					kpiRepository.assignDepartment(id, departmentId);
				}
				added.add(kpi);
			}
			Viewer planner = new Viewer(-1L, key + "-planner", "企画担当", false,
					List.of(new Grant(organisation, Role.PLANNER, null)));
			long collectionId = app.getBean(CollectingValues.class)
				.open(planner, planId, Integer.toString(YEAR), LocalDate.now().plusDays(30).toString())
				.collectionId();
			Viewer uploader = departmentId == null ? planner : new Viewer(-2L, key + "-dept", "企画課", false,
					List.of(new Grant(organisation, Role.DEPARTMENT_EDITOR, departmentId)));
			return new Setup(planId, collectionId, uploader, added, organisation, departmentId);
		}

		/**
		 * The KPI table of the plan as the export writes it, every year a column; the
		 * collection's year has new figures in each round.
		 */
		byte[] xlsx(int round) {
			List<FiscalYear> years = new ArrayList<>();
			for (int y = YEAR - 9; y <= YEAR; y++) {
				years.add(FiscalYear.of(y));
			}
			List<KpiFigures> figures = new ArrayList<>(kpis.size());
			for (int i = 0; i < kpis.size(); i++) {
				NewKpi kpi = kpis.get(i);
				TreeMap<FiscalYear, Actual> values = new TreeMap<>();
				for (FiscalYear year : years) {
					int salt = year.value() == YEAR ? round * 7 : 0;
					values.put(year, new Actual.Confirmed(
							BigDecimal.valueOf((i * 37L + year.value() * 11L + salt) % 100_000, i % 3 == 1 ? 1 : 0)));
				}
				figures.add(new KpiFigures(kpi.key(), "プロジェクト" + (i / 50 + 1), kpi.name(), false, kpi.unit(),
						kpi.direction(), kpi.aggregation(), kpi.baseline(), kpi.target(), YearlyActuals.of(values),
						new TreeMap<>(), null));
			}
			return KpiTableWriter.xlsx("R6", years, figures);
		}

		/**
		 * The largest sheet the reader takes: as many rows as it reads, as many columns,
		 * every cell a figure (the KPI's name and the year's column where the upload
		 * reads them).
		 */
		byte[] largest(int columns) throws IOException {
			List<List<jp.suishin.exchange.SheetCell>> rows = new ArrayList<>();
			List<jp.suishin.exchange.SheetCell> header = new ArrayList<>();
			header.add(new jp.suishin.exchange.SheetCell.Text("評価指標"));
			header.add(new jp.suishin.exchange.SheetCell.Text(FiscalYear.of(YEAR).eraLabel()));
			for (int c = 2; c < columns; c++) {
				header.add(new jp.suishin.exchange.SheetCell.Text("メモ" + c));
			}
			rows.add(header);
			java.util.Random random = new java.util.Random(20261201L);
			for (NewKpi kpi : kpis) {
				List<jp.suishin.exchange.SheetCell> cells = new ArrayList<>(columns);
				cells.add(new jp.suishin.exchange.SheetCell.Text(kpi.name()));
				for (int c = 1; c < columns; c++) {
					BigDecimal figure = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
					cells.add(new jp.suishin.exchange.SheetCell.Figure(figure, figure.toPlainString()));
				}
				rows.add(cells);
			}
			return Sheets.xlsx("R6", rows);
		}

		/**
		 * A sheet far longer than a KPI list: {@code count} rows of a name and a figure.
		 */
		static byte[] rows(int count) {
			List<List<jp.suishin.exchange.SheetCell>> rows = new ArrayList<>();
			rows.add(List.of(new jp.suishin.exchange.SheetCell.Text("評価指標"),
					new jp.suishin.exchange.SheetCell.Text(FiscalYear.of(YEAR).eraLabel())));
			for (int r = 1; r < count; r++) {
				rows.add(List.of(new jp.suishin.exchange.SheetCell.Text("指標" + r),
						new jp.suishin.exchange.SheetCell.Figure(BigDecimal.valueOf(r), Integer.toString(r))));
			}
			return Sheets.xlsx("R6", rows);
		}

		UploadHeapProbe.Job job(Path file) {
			return new UploadHeapProbe.Job(collectionId, viewer.login(), organisationId, departmentId, file);
		}

		/** The year's values of the plan as stored, counted and summed in SQL. */
		Stored stored(BenchContext context, String schema) throws Exception {
			try (Connection connection = context
				.connect(schema); PreparedStatement statement = connection.prepareStatement("""
						SELECT count(*), coalesce(sum(v.amount), 0) FROM yearly_value v JOIN kpi k ON k.id = v.kpi_id
						WHERE k.plan_id = ? AND v.fiscal_year = ?""")) {
				statement.setLong(1, planId);
				statement.setInt(2, YEAR);
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					return new Stored(rs.getLong(1), rs.getBigDecimal(2));
				}
			}
		}

	}

	/**
	 * The baseline: the first sheet read with POI's event API, every cell's value taken
	 * (shared strings resolved), and the figures of the year's column counted and summed.
	 */
	record BareRead(long count, BigDecimal sum, long cells) {

		static BareRead of(byte[] file, int year) throws Exception {
			try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(file))) {
				XSSFReader reader = new XSSFReader(workbook);
				ReadOnlySharedStringsTable shared = new ReadOnlySharedStringsTable(workbook, false);
				Iterator<InputStream> sheets = reader.getSheetsData();
				try (InputStream sheet = sheets.next()) {
					Handler handler = new Handler(shared, FiscalYear.of(year).eraLabel());
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(handler);
					xml.parse(new InputSource(sheet));
					return new BareRead(handler.count, handler.sum, handler.cells);
				}
			}
		}

		private static final class Handler extends DefaultHandler {

			private final ReadOnlySharedStringsTable shared;

			private final String yearHeader;

			private final StringBuilder value = new StringBuilder();

			private boolean inValue;

			private String type;

			private int row;

			private int column;

			private int yearColumn = -1;

			long count;

			long cells;

			BigDecimal sum = BigDecimal.ZERO;

			Handler(ReadOnlySharedStringsTable shared, String yearHeader) {
				this.shared = shared;
				this.yearHeader = yearHeader;
			}

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if (localName.equals("row")) {
					row = Integer.parseInt(attributes.getValue("r"));
				}
				else if (localName.equals("c")) {
					String r = attributes.getValue("r");
					int c = 0;
					for (int i = 0; i < r.length() && Character.isLetter(r.charAt(i)); i++) {
						c = c * 26 + (r.charAt(i) - 'A' + 1);
					}
					column = c - 1;
					type = attributes.getValue("t");
					value.setLength(0);
				}
				else if (localName.equals("v") || localName.equals("t")) {
					inValue = true;
				}
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				if (localName.equals("v") || localName.equals("t")) {
					inValue = false;
				}
				else if (localName.equals("c")) {
					cells++;
					String text = "s".equals(type) ? shared.getItemAt(Integer.parseInt(value.toString())).getString()
							: value.toString();
					if (row == 1 && text.equals(yearHeader)) {
						yearColumn = column;
					}
					else if (row > 1 && column == yearColumn && !text.isEmpty() && (type == null || type.equals("n"))) {
						count++;
						sum = sum.add(new BigDecimal(text));
					}
				}
			}

			@Override
			public void characters(char[] ch, int start, int length) {
				if (inValue) {
					value.append(ch, start, length);
				}
			}

		}

	}

}
