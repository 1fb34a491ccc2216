package jp.suishin.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.exchange.KpiTableColumns;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.WrittenActual;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.Problem;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/**
 * Takes a year's values from the sheet a department already keeps: the KPI list's own
 * columns (評価指標 and one column per fiscal year, as the list's CSV export writes them), in
 * CSV or xlsx. Only the collection's year is read, and only the KPIs the uploader enters
 * values for; rows of other departments' KPIs are left alone. All or nothing: one
 * unreadable cell, unknown KPI or locked value and nothing is stored, with every problem
 * named by row and column.
 */
public final class UploadingValues {

	static final String NAME_COLUMN = KpiTableColumns.NAME;

	static final String RELISTED = KpiTableColumns.RELISTED;

	private final CollectionRepository collections;

	private final KpiRepository kpis;

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final ValueEntryGate gate;

	private final SheetReader sheets;

	private final UnitOfWork work;

	public UploadingValues(CollectionRepository collections, KpiRepository kpis, PlanRepository plans,
			AccessPolicy access, ValueEntryGate gate, SheetReader sheets, UnitOfWork work) {
		this.collections = collections;
		this.kpis = kpis;
		this.plans = plans;
		this.access = access;
		this.gate = gate;
		this.sheets = sheets;
		this.work = work;
	}

	/**
	 * A problem with one cell (row and column counted from 1, as a spreadsheet shows
	 * them).
	 */
	public record CellProblem(int row, int column, Problem problem) {
	}

	/**
	 * What an upload did.
	 *
	 * @param recorded values stored
	 * @param unchanged values the sheet gives as they already are
	 * @param notYours rows of KPIs the uploader does not enter values for
	 * @param problems when not empty, nothing was stored
	 */
	public record Upload(int recorded, int unchanged, int notYours, List<CellProblem> problems) {

		public boolean stored() {
			return problems.isEmpty();
		}

	}

	private static final class Refused extends RuntimeException {

		private final transient List<CellProblem> problems;

		Refused(List<CellProblem> problems) {
			super("upload refused", null, false, false);
			this.problems = problems;
		}

	}

	/**
	 * A data row of the sheet, as far as the upload reads it: its name and year cells.
	 */
	private record SheetRow(int number, String name, String written) {
	}

	/**
	 * The sheet read as it streams by: the header's name and year columns, then of every
	 * other row only those two cells, so that the upload holds two cells a row whatever
	 * the sheet's width. A header without them is said once the sheet has been read
	 * through: a sheet that cannot be read is said first.
	 */
	private static final class Reading implements SheetReader.Rows {

		private final FiscalYear year;

		private final List<SheetRow> rows = new ArrayList<>();

		private boolean any;

		private int nameColumn = -1;

		private int yearColumn = -1;

		private CellProblem headerProblem;

		Reading(FiscalYear year) {
			this.year = year;
		}

		@Override
		public void row(int number, List<String> cells) {
			if (!any) {
				any = true;
				// the header is the sheet's first row, even when a workbook leaves it out
				header(number == 1 ? cells : List.of());
			}
			if (number == 1 || headerProblem != null) {
				return;
			}
			String name = cell(cells, nameColumn);
			String written = cell(cells, yearColumn);
			if (!name.isEmpty() || !written.isEmpty()) {
				rows.add(new SheetRow(number, name, written));
			}
		}

		/** The header's every cell, then only the name and the year. */
		@Override
		public boolean reads(int column) {
			return !any || column == nameColumn || column == yearColumn;
		}

		private void header(List<String> cells) {
			List<String> header = cells.stream().map(String::strip).toList();
			nameColumn = header.indexOf(NAME_COLUMN);
			for (int c = 0; c < header.size(); c++) {
				if (FiscalYear.parse(header.get(c)).filter(year::equals).isPresent()) {
					yearColumn = c;
				}
			}
			if (nameColumn < 0) {
				headerProblem = new CellProblem(1, 0, Problem.of("upload.no-name-column", NAME_COLUMN));
			}
			else if (yearColumn < 0) {
				headerProblem = new CellProblem(1, 0,
						Problem.of("upload.no-year-column", year.eraLabel(), year.value()));
			}
		}

	}

	/**
	 * Takes the collection year's values from the sheet: read as it streams by, then the
	 * plan's KPIs and the year's values read once each, every row checked in memory and
	 * the values written in one batch through the {@link ValueEntryGate} (which asks the
	 * collection and its items whether each may change now), under the collection's lock:
	 * a bounded number of statements whatever the number of rows.
	 */
	public Upload upload(Viewer viewer, long collectionId, String fileName, byte[] content) {
		Collection collection = collections.findById(collectionId)
			.orElseThrow(() -> new CollectionNotFound(collectionId));
		Plan plan = plans.findById(collection.planId()).orElseThrow(() -> new CollectionNotFound(collectionId));
		Rights rights = access.requireSight(viewer, plan.ownerId(), "collection " + collectionId);
		if (!rights.plan() && rights.departments().isEmpty()) {
			throw new AccessDenied("upload to collection " + collectionId);
		}
		Reading reading = new Reading(collection.year());
		try {
			sheets.read(fileName, content, reading);
		}
		catch (SheetReader.UnreadableSheet ex) {
			return refused(new CellProblem(ex.row(), 0, ex.problem()));
		}
		if (!reading.any) {
			return refused(new CellProblem(1, 0, Problem.of("upload.empty")));
		}
		if (reading.headerProblem != null) {
			return refused(reading.headerProblem);
		}
		Map<String, List<Kpi>> byName = new HashMap<>();
		kpis.findByPlan(plan.id())
			.forEach(k -> byName.computeIfAbsent(k.name().strip(), n -> new ArrayList<>()).add(k));
		try {
			return work.run(() -> store(viewer, rights, locked(collectionId), reading, byName));
		}
		catch (Refused ex) {
			return new Upload(0, 0, 0, ex.problems);
		}
	}

	/**
	 * The collection, locked until the upload's transaction ends: the whole sheet goes in
	 * between two steps on the year, never across an approval or the lock.
	 */
	private Collection locked(long collectionId) {
		return collections.findByIdForUpdate(collectionId).orElseThrow(() -> new CollectionNotFound(collectionId));
	}

	private Upload store(Viewer viewer, Rights rights, Collection collection, Reading reading,
			Map<String, List<Kpi>> byName) {
		int nameColumn = reading.nameColumn;
		int yearColumn = reading.yearColumn;
		// the year's values, once, under the lock (the gate reads the collection's items)
		Map<Long, YearlyValue> values = new HashMap<>();
		for (YearlyValue value : kpis.valuesOfPlan(collection.planId(), collection.year())) {
			values.put(value.kpiId(), value);
		}
		List<CellProblem> problems = new ArrayList<>();
		Map<Long, String> seen = new HashMap<>();
		List<ValueEntry> entries = new ArrayList<>();
		List<Integer> entryRows = new ArrayList<>();
		Map<Integer, Problem> changedByOther = new HashMap<>();
		int unchanged = 0;
		int notYours = 0;
		for (SheetRow row : reading.rows) {
			int rowNumber = row.number();
			String name = row.name();
			String written = row.written();
			String kpiName = name.endsWith(RELISTED) ? name.substring(0, name.length() - RELISTED.length()).strip()
					: name;
			List<Kpi> named = byName.getOrDefault(kpiName, List.of());
			if (named.size() != 1) {
				problems.add(new CellProblem(rowNumber, nameColumn + 1,
						Problem.of(named.isEmpty() ? "upload.unknown-kpi" : "upload.ambiguous-kpi", name)));
				continue;
			}
			Kpi kpi = named.get(0);
			Participant who = Participant.of(rights, kpi.departmentId());
			if (!who.entersValues()) {
				notYours++;
				continue;
			}
			if (seen.containsKey(kpi.id())) {
				if (!seen.get(kpi.id()).equals(written)) {
					problems
						.add(new CellProblem(rowNumber, yearColumn + 1, Problem.of("upload.conflicting-rows", name)));
				}
				continue;
			}
			seen.put(kpi.id(), written);
			if (written.isEmpty()) {
				continue;
			}
			Optional<YearlyValue> current = Optional.ofNullable(values.get(kpi.id()));
			if (current.isPresent()
					&& same(current.get().actual(), WrittenActual.read(written, null, null, kpi.unit()))) {
				unchanged++;
				continue;
			}
			if (current.isPresent() && !current.get().updatedBy().equals(viewer.actor())
					&& current.get().updatedAt().isAfter(collection.openedAt())) {
				// Somebody else entered this year's value during the collection: a sheet
				// never overwrites it unseen (said by the gate once the collection
				// allows the change: a fixed value is fixed, whoever entered it).
				changedByOther.put(entries.size(), Problem.of("upload.changed-by-other",
						current.get().actual().display(kpi.unit()), current.get().updatedBy()));
			}
			entries.add(new ValueEntry(kpi.id(), Integer.toString(collection.year().value()), written, null, null, null,
					null, current.map(YearlyValue::version).orElse(0)));
			entryRows.add(rowNumber);
		}
		// One batch through the gate, which asks the collection whether each value may
		// change now (the one place of that rule), under the same lock, and writes them
		// in this transaction (rolled back below if anything is wrong).
		if (!entries.isEmpty() && gate.enterAll(viewer, collection.planId(), entries, index -> Optional
			.ofNullable(changedByOther.get(index))) instanceof ImportingValues.Outcome.Refused refused) {
			for (ImportingValues.EntryProblem problem : refused.problems()) {
				problems
					.add(new CellProblem(entryRows.get(problem.index()), yearColumn + 1, problem.problem().problem()));
			}
		}
		if (!problems.isEmpty()) {
			// every problem in the order of the sheet's rows
			problems.sort(java.util.Comparator.comparingInt(CellProblem::row));
			throw new Refused(List.copyOf(problems));
		}
		return new Upload(entries.size(), unchanged, notYours, List.of());
	}

	/** Whether the sheet gives the value as it is stored (the same status and amount). */
	private static boolean same(Actual stored, WrittenActual written) {
		if (!(written instanceof WrittenActual.Value value) || stored.status() != value.actual().status()) {
			return false;
		}
		if (stored instanceof Actual.Pending pending) {
			return java.util.Objects.equals(pending.expectedMonth(), ((Actual.Pending) value.actual()).expectedMonth());
		}
		return stored.amount().orElseThrow().compareTo(value.actual().amount().orElseThrow()) == 0;
	}

	private static String cell(List<String> row, int column) {
		return column >= 0 && column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
	}

	private static Upload refused(CellProblem problem) {
		return new Upload(0, 0, 0, List.of(problem));
	}

}
