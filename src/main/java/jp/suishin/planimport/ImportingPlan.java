package jp.suishin.planimport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.suishin.access.AccessPolicy;
import jp.suishin.authoring.KpiForm;
import jp.suishin.account.Viewer;
import jp.suishin.collection.ValueEntryGate;
import jp.suishin.exchange.UnreadableSheet;
import jp.suishin.exchange.Workbook;
import jp.suishin.exchange.Workbooks;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.EditingKpiDefinition;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiDefinition;
import jp.suishin.kpi.KpiListing;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.LockedYears;
import jp.suishin.kpi.RevisingBaseline;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.WrittenActual;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.planimport.ImportReport.Change;
import jp.suishin.planimport.ImportReport.Counts;
import jp.suishin.planimport.ImportReport.Figure;
import jp.suishin.planimport.ImportReport.Issue;
import jp.suishin.planimport.ImportReport.KpiPart;
import jp.suishin.planimport.ImportReport.ValuePart;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/**
 * Imports a plan from the KPI sheet an organisation keeps: a dry run says what would be
 * created, changed and left unchanged (nodes, KPIs, values), with every warning and
 * problem where it is written; a commit stores exactly that in one transaction, or
 * nothing. The same sheet imported again for the same owner and plan name updates that
 * plan: KPIs are matched by their nodes' path and their name, and only what differs is
 * written. Every part goes through the use case that owns its rules: the plan, nodes and
 * KPIs through {@link PlanAuthoring}, a changed definition through
 * {@link EditingKpiDefinition}, a changed baseline through {@link RevisingBaseline}, the
 * values through {@link ValueEntryGate} ({@link ImportingValues}' rules). Values of a
 * year whose figures are fixed (approved or locked) are left as they are and listed as
 * refused. Only the owner's planners may import.
 */
public final class ImportingPlan {

	private final OrganisationRepository organisations;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final AccessPolicy access;

	private final PlanAuthoring authoring;

	private final EditingKpiDefinition editing;

	private final RevisingBaseline revising;

	private final ValueEntryGate gate;

	private final LockedYears locked;

	private final InOneTransaction work;

	public ImportingPlan(OrganisationRepository organisations, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access, PlanAuthoring authoring, EditingKpiDefinition editing, RevisingBaseline revising,
			ValueEntryGate gate, LockedYears locked, InOneTransaction work) {
		this.organisations = organisations;
		this.plans = plans;
		this.kpis = kpis;
		this.access = access;
		this.authoring = authoring;
		this.editing = editing;
		this.revising = revising;
		this.gate = gate;
		this.locked = locked;
		this.work = work;
	}

	/**
	 * What an import is asked to do.
	 *
	 * @param owner the owner's local government code, key or name
	 * @param planName the plan's name, or {@code null} for the sheet's title (else the
	 * file's name)
	 * @param period {@code 2020-2027} (any year notation), or {@code null} for the first
	 * value year to the last target year
	 * @param overrides the planner's column mapping by letter ({@code {"G":"ignore"}})
	 */
	public record Request(String owner, String planName, String period, String fileName, byte[] content,
			Map<String, String> overrides) {

		public Request {
			overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
		}

	}

	/**
	 * What the import would do, storing nothing.
	 * @throws Refused invalid for an unknown owner or an unreadable period, forbidden for
	 * anyone but the owner's planners
	 */
	public ImportReport dryRun(Viewer viewer, Request request) {
		return plan(viewer, request).report(true, null);
	}

	/**
	 * Imports, in one transaction: everything the dry run says, or with any problem
	 * nothing (the report then lists the problems).
	 * @throws Refused as {@link #dryRun}
	 */
	public ImportReport commit(Viewer viewer, Request request) {
		Draft draft = plan(viewer, request);
		if (!draft.problems.isEmpty()) {
			return draft.report(false, null);
		}
		try {
			long planId = work.run(() -> store(viewer, draft));
			return draft.report(false, planId);
		}
		catch (Aborted aborted) {
			draft.problems.addAll(aborted.problems);
			return draft.report(false, null);
		}
		catch (Refused refused) {
			// a rule of the plan or a node the dry run does not ask (a name's length):
			// nothing was stored, and the report says why
			if (!(refused.refusal() instanceof Refusal.Invalid invalid)) {
				throw refused;
			}
			String sheet = draft.sheet == null ? request.fileName() : draft.sheet.sheetName();
			invalid.problems().forEach(p -> draft.problems.add(new Issue(sheet, 0, null, null, p.problem())));
			return draft.report(false, null);
		}
	}

	/**
	 * A commit that found problems while storing: everything it stored is rolled back.
	 */
	private static final class Aborted extends RuntimeException {

		final transient List<Issue> problems;

		Aborted(List<Issue> problems) {
			super("import aborted: " + problems.size() + " problems", null, false, false);
			this.problems = problems;
		}

	}

	// ------------------------------------------------------------------ planning

	private Draft plan(Viewer viewer, Request request) {
		Organization owner = owner(request.owner());
		access.requirePlan(viewer, owner.id());
		Draft draft = new Draft(owner, request.fileName());
		Workbook workbook;
		try {
			workbook = Workbooks.read(request.fileName(), request.content());
		}
		catch (UnreadableSheet ex) {
			draft.problems.add(new Issue(request.fileName(), ex.row(), ex.column(), ex.cell(), ex.problem()));
			draft.name = nameOf(request, null);
			return draft;
		}
		PlanSheet sheet = PlanSheetReader.read(workbook, request.overrides());
		draft.sheet = sheet;
		sheet.warnings().forEach(w -> draft.warnings.add(Issue.of(w)));
		sheet.problems().forEach(p -> draft.problems.add(Issue.of(p)));
		draft.name = nameOf(request, sheet);
		Optional<Plan> existing = plans.ofOwners(Set.of(owner.id()))
			.stream()
			.filter(p -> normalise(p.name()).equals(normalise(draft.name)))
			.findFirst();
		FiscalPeriod asked = request.period() == null || request.period().isBlank() ? null : period(request.period());
		if (existing.isPresent()) {
			draft.existing = existing.get();
			draft.period = existing.get().period();
			if (asked != null && !asked.equals(draft.period)) {
				draft.warnings.add(new Issue(sheet.sheetName(), 0, null, null,
						Problem.of("planimport.period.kept", draft.period.from().value(), draft.period.to().value())));
			}
		}
		else {
			draft.period = asked != null ? asked : defaultPeriod(sheet);
			if (draft.period == null) {
				draft.problems
					.add(new Issue(sheet.sheetName(), 0, null, null, Problem.of("planimport.period.unknown")));
			}
		}
		draft.levels = existing.map(Plan::levelNames).filter(l -> !l.isEmpty()).orElse(sheet.levelNames());
		if (draft.period != null) {
			compare(draft);
		}
		return draft;
	}

	/**
	 * The organisation a written owner names: its local government code (6 digits, or the
	 * 5 without the check digit), its key or its name.
	 * @throws Refused invalid when none or several match
	 */
	public Organization owner(String written) {
		String owner = written == null ? "" : Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
		if (owner.isEmpty()) {
			throw Refused.invalid("owner", "planimport.owner.required");
		}
		List<Organization> all = organisations.findAll();
		if (owner.matches("\\d{6}") && LocalGovernmentCode.check(owner).isEmpty()) {
			for (Organization o : all) {
				if (o.code() != null && o.code().value().equals(owner)) {
					return o;
				}
			}
		}
		if (owner.matches("\\d{5}")) {
			for (Organization o : all) {
				if (o.code() != null && o.code().value().startsWith(owner)) {
					return o;
				}
			}
		}
		for (Organization o : all) {
			if (o.key().equals(owner)) {
				return o;
			}
		}
		List<Organization> named = all.stream().filter(o -> normalise(o.name()).equals(normalise(owner))).toList();
		if (named.size() == 1) {
			return named.get(0);
		}
		if (named.size() > 1) {
			throw Refused.invalid("owner", "planimport.owner.ambiguous", written);
		}
		throw Refused.invalid("owner", "planimport.owner.unknown", written);
	}

	private static String nameOf(Request request, PlanSheet sheet) {
		if (request.planName() != null && !request.planName().isBlank()) {
			return request.planName().strip();
		}
		if (sheet != null && sheet.title() != null && !sheet.title().isBlank()) {
			return sheet.title().strip();
		}
		String file = request.fileName() == null ? "" : request.fileName();
		file = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
		int dot = file.lastIndexOf('.');
		return (dot > 0 ? file.substring(0, dot) : file).strip();
	}

	/** {@code 2020-2027}, {@code R2〜R9}, {@code 2020年度-2027年度}. */
	static FiscalPeriod period(String written) {
		String text = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
		String[] parts = text.split("\\s*[-~〜–—]\\s*");
		if (parts.length == 2) {
			Optional<FiscalYear> from = FiscalYear.parse(parts[0]);
			Optional<FiscalYear> to = FiscalYear.parse(parts[1]);
			if (from.isPresent() && to.isPresent() && !from.get().isAfter(to.get())) {
				return new FiscalPeriod(from.get(), to.get());
			}
		}
		throw Refused.invalid("period", "planimport.period.invalid", written);
	}

	/** The first value year to the last target year (else the last value year). */
	private static FiscalPeriod defaultPeriod(PlanSheet sheet) {
		FiscalYear first = null;
		FiscalYear last = null;
		FiscalYear lastTarget = null;
		for (SheetKpiRow row : sheet.kpis()) {
			for (FiscalYear year : row.values().keySet()) {
				first = first == null || year.isBefore(first) ? year : first;
				last = last == null || year.isAfter(last) ? year : last;
			}
			Optional<FiscalYear> target = row.targetYear() == null ? Optional.empty()
					: FiscalYear.parse(row.targetYear());
			if (target.isPresent() && (lastTarget == null || target.get().isAfter(lastTarget))) {
				lastTarget = target.get();
			}
		}
		if (lastTarget != null && (last == null || lastTarget.isAfter(last))) {
			last = lastTarget;
		}
		if (first == null) {
			first = lastTarget;
		}
		return first == null ? null : new FiscalPeriod(first, last);
	}

	/** The plan as it stands, read once, for the comparison. */
	private static final class Stored {

		final Map<List<String>, PlanNode> nodes = new HashMap<>();

		final Map<Long, Kpi> kpis = new HashMap<>();

		final Map<String, Kpi> byNodeAndName = new HashMap<>();

		final Map<String, Kpi> byName = new LinkedHashMap<>();

		final Set<String> listings = new java.util.HashSet<>();

		final Map<Long, Map<FiscalYear, YearlyValue>> values = new HashMap<>();

		final Map<Long, List<BaselineRevision>> baselines = new HashMap<>();

		final Set<FiscalYear> lockedYears = new TreeSet<>();

	}

	private Stored stored(Draft draft) {
		Stored stored = new Stored();
		if (draft.existing == null) {
			return stored;
		}
		long planId = draft.existing.id();
		PlanTree tree = plans.tree(planId).orElseThrow();
		Map<Long, List<String>> paths = new HashMap<>();
		for (PlanNode node : tree.inReadingOrder()) {
			List<String> path = new ArrayList<>(
					node.parentId() == null ? List.of() : paths.getOrDefault(node.parentId(), List.of()));
			path.add(normalise(node.title()));
			paths.put(node.id(), path);
			stored.nodes.put(path, node);
			if (node.code() != null && !node.code().isBlank()) {
				List<String> labelled = new ArrayList<>(path.subList(0, path.size() - 1));
				labelled.add(normalise(node.label()));
				stored.nodes.putIfAbsent(labelled, node);
			}
		}
		kpis.findByPlan(planId).forEach(k -> stored.kpis.put(k.id(), k));
		for (KpiListing listing : kpis.listingsOfPlan(planId)) {
			Kpi kpi = stored.kpis.get(listing.kpiId());
			if (kpi == null) {
				continue;
			}
			stored.listings.add(listing.nodeId() + "/" + listing.kpiId());
			if (!listing.relisted()) {
				stored.byNodeAndName.putIfAbsent(listing.nodeId() + "/" + normalise(kpi.name()), kpi);
			}
			stored.byName.putIfAbsent(normalise(kpi.name()), kpi);
		}
		for (YearlyValue value : kpis.valuesOfPlan(planId)) {
			stored.values.computeIfAbsent(value.kpiId(), k -> new HashMap<>()).put(value.year(), value);
		}
		stored.baselines.putAll(kpis.baselineRevisionsOfPlan(planId));
		stored.lockedYears.addAll(locked.lockedInPlanFrom(planId, draft.period.from()));
		return stored;
	}

	/** Everything an import would do, worked out from the sheet and the stored plan. */
	private static final class Draft {

		final Organization owner;

		final String fileName;

		String name;

		PlanSheet sheet;

		Plan existing;

		FiscalPeriod period;

		List<String> levels = List.of();

		Stored stored;

		final List<Issue> warnings = new ArrayList<>();

		final List<Issue> problems = new ArrayList<>();

		final List<Issue> refused = new ArrayList<>();

		final Set<String> formulaCells = new LinkedHashSet<>();

		/** The nodes to create, parents first (paths as written). */
		final List<List<String>> newNodes = new ArrayList<>();

		final List<Row> rows = new ArrayList<>();

		int unchangedNodes;

		Draft(Organization owner, String fileName) {
			this.owner = owner;
			this.fileName = fileName;
		}

		String reason() {
			return "取込: " + (fileName == null ? "" : fileName);
		}

		ImportReport report(boolean dryRun, Long planId) {
			int[] created = new int[3];
			int[] changed = new int[3];
			int[] unchanged = new int[3];
			created[0] = newNodes.size();
			unchanged[0] = unchangedNodes;
			List<KpiPart> parts = new ArrayList<>();
			for (Row row : rows) {
				int[] kpiCount = row.change == Change.CREATED ? created
						: row.change == Change.CHANGED ? changed : unchanged;
				if (!row.sheetRow.relisted()) {
					// a re-listed row lists a KPI again: no KPI of its own
					kpiCount[1]++;
				}
				SortedMap<FiscalYear, ValuePart> values = new TreeMap<>();
				for (Value value : row.values) {
					if (value.change == Change.CREATED) {
						created[2]++;
					}
					else if (value.change == Change.CHANGED) {
						changed[2]++;
					}
					else if (value.change == Change.UNCHANGED) {
						unchanged[2]++;
					}
					values.put(value.year, value.part());
				}
				SheetKpiRow s = row.sheetRow;
				parts.add(new KpiPart(s.sheet(), s.row(), s.path(), s.name(), s.relisted(), row.unitText(),
						row.directionWord(), s.directionInferred(), row.aggregationWord(), row.baseline, row.target,
						values, row.change));
			}
			Long id = planId != null ? planId : existing == null ? null : existing.id();
			ImportReport.PlanPart plan = new ImportReport.PlanPart(name, owner.name(),
					period == null ? null : period.from(), period == null ? null : period.to(), levels,
					existing != null);
			return new ImportReport(dryRun, id, plan, counts(created), counts(changed), counts(unchanged), parts,
					sheet == null ? List.of() : sheet.ignoredColumns(), warnings, problems, refused,
					List.copyOf(formulaCells), sheet == null ? List.of() : sheet.mapping().columns());
		}

		private static Counts counts(int[] n) {
			return new Counts(n[0], n[1], n[2]);
		}

	}

	/** A KPI row worked out. */
	private static final class Row {

		final int index;

		final SheetKpiRow sheetRow;

		final KpiForm fields;

		Kpi existing;

		/**
		 * For a re-listed row: the KPI it lists again, stored or created by this import.
		 */
		Kpi relistOf;

		Row relistOfRow;

		Unit unit;

		Direction direction;

		Figure baseline;

		Figure target;

		Change change = Change.UNCHANGED;

		boolean definitionChanged;

		boolean baselineChanged;

		boolean listingNeeded;

		final List<Value> values = new ArrayList<>();

		Row(int index, SheetKpiRow sheetRow, KpiForm fields) {
			this.index = index;
			this.sheetRow = sheetRow;
			this.fields = fields;
		}

		String unitText() {
			return unit == null ? sheetRow.unit() : unit.text();
		}

		String directionWord() {
			return direction == null ? sheetRow.direction() : direction.word();
		}

		String aggregationWord() {
			String written = sheetRow.aggregation();
			if (existing != null && (written == null || written.isBlank())) {
				return existing.aggregation().word();
			}
			return written == null || written.isBlank() ? Aggregation.YEARLY.word()
					: Aggregation.parse(written).map(Aggregation::word).orElse(written.strip());
		}

	}

	/** A year's value worked out. */
	private static final class Value {

		final FiscalYear year;

		final WrittenValue written;

		final String text;

		/** {@code null} for a removal (「－」 over a stored value). */
		final Actual actual;

		Change change;

		Value(FiscalYear year, WrittenValue written, String text, Actual actual) {
			this.year = year;
			this.written = written;
			this.text = text;
			this.actual = actual;
		}

		ValuePart part() {
			if (actual == null) {
				return new ValuePart(null, "removed", null, change);
			}
			Integer month = actual instanceof Actual.Pending pending ? pending.expectedMonth() : null;
			return new ValuePart(actual.amount().orElse(null),
					actual.status().name().toLowerCase(java.util.Locale.ROOT), month, change);
		}

	}

	private void compare(Draft draft) {
		Stored stored = stored(draft);
		draft.stored = stored;
		PlanSheet sheet = draft.sheet;
		// the nodes: every node the sheet lists, and every path a KPI hangs on
		Set<List<String>> seen = new LinkedHashSet<>();
		List<List<String>> paths = new ArrayList<>();
		for (SheetNode node : sheet.nodes()) {
			addPath(node.path(), seen, paths);
		}
		for (SheetKpiRow row : sheet.kpis()) {
			addPath(row.path(), seen, paths);
		}
		for (List<String> path : paths) {
			if (stored.nodes.containsKey(normalised(path))) {
				draft.unchangedNodes++;
			}
			else {
				draft.newNodes.add(path);
			}
		}
		Map<String, Row> createdByName = new HashMap<>();
		for (int i = 0; i < sheet.kpis().size(); i++) {
			SheetKpiRow sheetRow = sheet.kpis().get(i);
			Row row = new Row(i, sheetRow, fields(sheetRow));
			draft.rows.add(row);
			if (sheetRow.path().isEmpty()) {
				draft.problems.add(new Issue(sheetRow.sheet(), sheetRow.row(), letter(sheet, ColumnRole.KPI),
						sheetRow.name(), Problem.of("planimport.kpi.no-node")));
				continue;
			}
			PlanNode node = stored.nodes.get(normalised(sheetRow.path()));
			if (sheetRow.relisted()) {
				continue;
			}
			if (blankToNull(sheetRow.direction()) == null) {
				draft.warnings.add(new Issue(sheetRow.sheet(), sheetRow.row(), letter(sheet, ColumnRole.KPI),
						sheetRow.name(), Problem.of("planimport.kpi.direction-assumed")));
			}
			row.existing = node == null ? null : stored.byNodeAndName.get(node.id() + "/" + normalise(sheetRow.name()));
			for (FieldProblem problem : authoring.check(row.fields, draft.period)) {
				draft.problems.add(issue(sheet, sheetRow, problem));
			}
			row.unit = row.existing != null ? row.existing.unit() : Unit.of(blankToNull(sheetRow.unit()));
			row.direction = Direction.parse(sheetRow.direction()).orElse(null);
			row.baseline = figure(sheetRow.baseline(), sheetRow.baselineYear(), row.unit);
			row.target = figure(sheetRow.target(), sheetRow.targetYear(), row.unit);
			noteFormula(draft, sheetRow.baseline());
			noteFormula(draft, sheetRow.target());
			if (row.existing == null) {
				row.change = Change.CREATED;
				createdByName.putIfAbsent(normalise(sheetRow.name()), row);
			}
			else {
				compareDefinition(draft, row);
			}
			compareValues(draft, row);
		}
		// re-listed rows: the KPI of the same name, stored or created by this import
		for (Row row : draft.rows) {
			SheetKpiRow sheetRow = row.sheetRow;
			if (!sheetRow.relisted() || sheetRow.path().isEmpty()) {
				continue;
			}
			String name = normalise(sheetRow.name());
			Row created = createdByName.get(name);
			Kpi kpi = stored.byName.get(name);
			PlanNode node = stored.nodes.get(normalised(sheetRow.path()));
			if (kpi != null) {
				row.relistOf = kpi;
				row.unit = kpi.unit();
				row.direction = kpi.direction();
				row.listingNeeded = node == null || !stored.listings.contains(node.id() + "/" + kpi.id());
			}
			else if (created != null) {
				row.relistOfRow = created;
				row.unit = created.unit;
				row.direction = created.direction;
				row.listingNeeded = true;
			}
			else {
				draft.problems.add(new Issue(sheetRow.sheet(), sheetRow.row(), letter(sheet, ColumnRole.KPI),
						sheetRow.name(), Problem.of("planimport.kpi.relist-unknown", sheetRow.name())));
				continue;
			}
			row.change = row.listingNeeded ? Change.CREATED : Change.UNCHANGED;
		}
	}

	private static void addPath(List<String> path, Set<List<String>> seen, List<List<String>> paths) {
		for (int depth = 1; depth <= path.size(); depth++) {
			List<String> prefix = path.subList(0, depth);
			if (prefix.get(depth - 1) == null || prefix.get(depth - 1).isBlank()) {
				return;
			}
			if (seen.add(normalised(prefix))) {
				paths.add(List.copyOf(prefix));
			}
		}
	}

	private void compareDefinition(Draft draft, Row row) {
		Kpi kpi = row.existing;
		SheetKpiRow s = row.sheetRow;
		if (s.unit() != null && !s.unit().isBlank() && !Unit.of(s.unit().strip()).equals(kpi.unit())) {
			draft.warnings.add(new Issue(s.sheet(), s.row(), letter(draft.sheet, ColumnRole.UNIT), s.unit(),
					Problem.of("planimport.kpi.unit-kept", kpi.unit().text())));
		}
		boolean directionChanged = !s.directionInferred() && row.direction != null && row.direction != kpi.direction();
		if (row.direction == null || s.directionInferred()) {
			row.direction = kpi.direction();
		}
		Target target = row.target == null || row.target.value() == null ? kpi.target()
				: new Target(row.target.value(), row.target.year());
		boolean targetChanged = !Target.same(target, kpi.target());
		String definition = blankToNull(s.definition());
		boolean definitionTextChanged = definition != null && !definition.equals(kpi.definition());
		if (directionChanged || targetChanged) {
			List<FiscalYear> fixed = draft.stored.lockedYears.isEmpty() ? List.of()
					: locked.lockedFrom(kpi.id(), draft.period.from());
			if (!fixed.isEmpty()) {
				draft.refused.add(new Issue(s.sheet(), s.row(),
						letter(draft.sheet, targetChanged ? ColumnRole.TARGET : ColumnRole.DIRECTION),
						targetChanged && s.target() != null ? s.target().cell() : s.direction(),
						LockedYears.problem(fixed.get(0))));
				directionChanged = false;
				targetChanged = false;
				row.direction = kpi.direction();
			}
		}
		row.definitionChanged = directionChanged || targetChanged || definitionTextChanged;
		Baseline inForce = baselineInForce(draft.stored, kpi);
		if (row.baseline != null && row.baseline.value() != null) {
			FiscalYear year = row.baseline.year() != null ? row.baseline.year()
					: inForce == null ? null : inForce.year();
			row.baselineChanged = inForce == null || inForce.value().compareTo(row.baseline.value()) != 0
					|| !Objects.equals(inForce.year(), year);
		}
		row.change = row.definitionChanged || row.baselineChanged ? Change.CHANGED : Change.UNCHANGED;
	}

	private static Baseline baselineInForce(Stored stored, Kpi kpi) {
		List<BaselineRevision> revisions = stored.baselines.getOrDefault(kpi.id(), List.of());
		return revisions.isEmpty() ? kpi.baseline() : revisions.get(revisions.size() - 1).baseline();
	}

	private void compareValues(Draft draft, Row row) {
		Map<FiscalYear, YearlyValue> stored = row.existing == null ? Map.of()
				: draft.stored.values.getOrDefault(row.existing.id(), Map.of());
		for (Map.Entry<FiscalYear, WrittenValue> entry : row.sheetRow.values().entrySet()) {
			FiscalYear year = entry.getKey();
			WrittenValue written = entry.getValue();
			String text = written.number() != null ? written.number().toPlainString() : written.cell();
			WrittenActual read = WrittenActual.read(text, null, null, row.unit);
			if (read instanceof WrittenActual.Unreadable unreadable) {
				for (FieldProblem problem : unreadable.problems()) {
					draft.problems.add(new Issue(row.sheetRow.sheet(), written.row(), written.column(), written.cell(),
							problem.problem()));
				}
				continue;
			}
			noteFormula(draft, written);
			YearlyValue current = stored.get(year);
			Value value;
			if (read instanceof WrittenActual.Blank blank) {
				if (!blank.dash() || current == null) {
					continue;
				}
				value = new Value(year, written, "－", null);
				value.change = Change.CHANGED;
			}
			else {
				Actual actual = ((WrittenActual.Value) read).actual();
				value = new Value(year, written, text, actual);
				value.change = current == null ? Change.CREATED
						: same(current.actual(), actual) ? Change.UNCHANGED : Change.CHANGED;
			}
			Optional<Problem> outside = draft.period.admit(year).rejection();
			if (outside.isPresent()) {
				draft.problems.add(new Issue(row.sheetRow.sheet(), written.row(), written.column(), written.cell(),
						outside.get()));
				continue;
			}
			if (value.change != Change.UNCHANGED && row.existing != null && draft.stored.lockedYears.contains(year)
					&& locked.locked(row.existing.id(), year)) {
				value.change = Change.REFUSED;
				draft.refused.add(new Issue(row.sheetRow.sheet(), written.row(), written.column(), written.cell(),
						LockedYears.problem(year)));
			}
			row.values.add(value);
		}
		if (row.change == Change.UNCHANGED && row.values.stream().anyMatch(v -> v.change == Change.CHANGED)) {
			// the KPI itself stays; its values are counted on their own
		}
	}

	/** Whether a stored value says what the sheet says (whatever the amount's scale). */
	static boolean same(Actual stored, Actual read) {
		if (stored.status() != read.status()) {
			return false;
		}
		if (stored instanceof Actual.Pending a && read instanceof Actual.Pending b) {
			return Objects.equals(a.expectedMonth(), b.expectedMonth()) || b.expectedMonth() == null;
		}
		Actual.Measured a = (Actual.Measured) stored;
		Actual.Measured b = (Actual.Measured) read;
		return a.value().compareTo(b.value()) == 0 && a.approximate() == b.approximate();
	}

	private static void noteFormula(Draft draft, WrittenValue written) {
		if (written != null && written.formula()) {
			draft.formulaCells.add(written.column() + written.row());
		}
	}

	private static Figure figure(WrittenValue written, String year, Unit unit) {
		BigDecimal value = null;
		if (written != null) {
			value = written.number() != null ? written.number()
					: ValueNotation.amount(written.cell(), unit).accepted().orElse(null);
		}
		FiscalYear fiscalYear = year == null || year.isBlank() ? null : FiscalYear.parse(year).orElse(null);
		if (value == null && fiscalYear == null) {
			return null;
		}
		return new Figure(value, fiscalYear);
	}

	private static KpiForm fields(SheetKpiRow row) {
		// no direction written and none to infer (no baseline or target): 増加, with a
		// warning
		String direction = blankToNull(row.direction()) == null ? Direction.INCREASE.word() : row.direction();
		return new KpiForm(row.name(), blankToNull(row.unit()), direction, row.aggregation(), written(row.baseline()),
				row.baselineYear(), written(row.target()), row.targetYear(), row.definition(), row.department());
	}

	private static String written(WrittenValue value) {
		if (value == null) {
			return null;
		}
		return value.number() != null ? value.number().toPlainString() : value.cell();
	}

	/** A problem of a KPI's field, at the field's column in the row. */
	private static Issue issue(PlanSheet sheet, SheetKpiRow row, FieldProblem problem) {
		String field = problem.field() == null ? "" : problem.field();
		field = field.substring(field.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
		ColumnRole role;
		String cell;
		if (field.contains("baselineyear")) {
			role = sheet.mapping().first(ColumnRole.BASELINE_YEAR).isPresent() ? ColumnRole.BASELINE_YEAR
					: ColumnRole.BASELINE;
			cell = row.baselineYear();
		}
		else if (field.contains("baseline")) {
			role = ColumnRole.BASELINE;
			cell = row.baseline() == null ? null : row.baseline().cell();
		}
		else if (field.contains("targetyear")) {
			role = sheet.mapping().first(ColumnRole.TARGET_YEAR).isPresent() ? ColumnRole.TARGET_YEAR
					: ColumnRole.TARGET;
			cell = row.targetYear();
		}
		else if (field.contains("target")) {
			role = ColumnRole.TARGET;
			cell = row.target() == null ? null : row.target().cell();
		}
		else if (field.contains("direction")) {
			role = ColumnRole.DIRECTION;
			cell = row.direction();
		}
		else if (field.contains("unit")) {
			role = ColumnRole.UNIT;
			cell = row.unit();
		}
		else if (field.contains("aggregation")) {
			role = ColumnRole.AGGREGATION;
			cell = row.aggregation();
		}
		else if (field.contains("definition")) {
			role = ColumnRole.DEFINITION;
			cell = row.definition();
		}
		else if (field.contains("department")) {
			role = ColumnRole.DEPARTMENT;
			cell = row.department();
		}
		else {
			role = ColumnRole.KPI;
			cell = row.name();
		}
		String column = letter(sheet, role);
		if (column == null && row.baseline() != null && role == ColumnRole.BASELINE) {
			column = row.baseline().column();
		}
		if (column == null && row.target() != null && role == ColumnRole.TARGET) {
			column = row.target().column();
		}
		return new Issue(row.sheet(), row.row(), column, cell, problem.problem());
	}

	private static String letter(PlanSheet sheet, ColumnRole role) {
		return sheet.mapping().first(role).map(SheetColumn::letter).orElse(null);
	}

	// ------------------------------------------------------------------ storing

	private long store(Viewer viewer, Draft draft) {
		Stored stored = draft.stored;
		long planId = draft.existing != null ? draft.existing.id() : authoring.createPlan(viewer, draft.owner.id(),
				draft.name, draft.period, draft.levels, draft.fileName);
		Map<List<String>, Long> nodeIds = new HashMap<>();
		stored.nodes.forEach((path, node) -> nodeIds.put(path, node.id()));
		PlanAuthoring.Nodes nodes = draft.newNodes.isEmpty() ? null : authoring.nodes(viewer, planId);
		for (List<String> path : draft.newNodes) {
			Long parent = path.size() == 1 ? null : nodeIds.get(normalised(path.subList(0, path.size() - 1)));
			long id = nodes.add(parent, path.get(path.size() - 1));
			nodeIds.put(normalised(path), id);
		}
		// the new KPIs, in one go
		List<Row> created = new ArrayList<>();
		List<PlanAuthoring.Placed> placed = new ArrayList<>();
		for (Row row : draft.rows) {
			if (!row.sheetRow.relisted() && row.existing == null) {
				long nodeId = nodeIds.get(normalised(row.sheetRow.path()));
				created.add(row);
				placed.add(new PlanAuthoring.Placed(nodeId, row.fields));
			}
		}
		Map<Row, Long> ids = new HashMap<>();
		if (!placed.isEmpty()) {
			List<Long> added;
			try {
				added = authoring.addKpis(viewer, planId, placed);
			}
			catch (Refused refused) {
				throw new Aborted(kpiProblems(draft, created, refused));
			}
			for (int i = 0; i < created.size(); i++) {
				ids.put(created.get(i), added.get(i));
			}
		}
		// the re-listed rows
		for (Row row : draft.rows) {
			if (row.sheetRow.relisted() && row.listingNeeded) {
				long nodeId = nodeIds.get(normalised(row.sheetRow.path()));
				long kpiId = row.relistOf != null ? row.relistOf.id() : ids.get(row.relistOfRow);
				authoring.relist(viewer, nodeId, kpiId);
			}
		}
		// the changed definitions and baselines, each through its use case
		for (Row row : draft.rows) {
			if (row.existing == null) {
				continue;
			}
			SheetKpiRow s = row.sheetRow;
			if (row.definitionChanged) {
				Target target = row.target == null || row.target.value() == null ? row.existing.target()
						: new Target(row.target.value(), row.target.year());
				String definition = blankToNull(s.definition()) != null ? s.definition().strip()
						: row.existing.definition();
				List<FieldProblem> problems = editing.edit(viewer, row.existing.id(),
						new KpiDefinition(row.existing.name(), row.direction.name(),
								target == null ? "" : QuantityFormat.number(target.value()),
								target == null || target.year() == null ? "" : String.valueOf(target.year().value()),
								definition == null ? "" : definition),
						draft.reason());
				if (!problems.isEmpty()) {
					throw new Aborted(problems.stream().map(p -> issue(draft.sheet, s, p)).toList());
				}
			}
			if (row.baselineChanged) {
				List<FieldProblem> problems = revising.revise(viewer, row.existing.id(),
						row.baseline.value().toPlainString(),
						row.baseline.year() == null ? null : String.valueOf(row.baseline.year().value()),
						draft.reason());
				if (!problems.isEmpty()) {
					throw new Aborted(problems.stream().map(p -> issue(draft.sheet, s, p)).toList());
				}
			}
		}
		// the values, one batch through the gate
		List<ValueEntry> entries = new ArrayList<>();
		List<Value> written = new ArrayList<>();
		List<Row> writtenRows = new ArrayList<>();
		for (Row row : draft.rows) {
			Long kpiId = row.existing != null ? Long.valueOf(row.existing.id()) : ids.get(row);
			if (kpiId == null) {
				continue;
			}
			for (Value value : row.values) {
				if (value.change == Change.CREATED || value.change == Change.CHANGED) {
					entries.add(new ValueEntry(kpiId, String.valueOf(value.year.value()), value.text, null, null, null,
							null));
					written.add(value);
					writtenRows.add(row);
				}
			}
		}
		if (!entries.isEmpty()) {
			ImportingValues.Outcome outcome = gate.enterAll(viewer, planId, entries);
			if (outcome instanceof ImportingValues.Outcome.Refused refused) {
				List<Issue> problems = new ArrayList<>();
				for (ImportingValues.EntryProblem problem : refused.problems()) {
					WrittenValue cell = written.get(problem.index()).written;
					problems.add(new Issue(writtenRows.get(problem.index()).sheetRow.sheet(), cell.row(), cell.column(),
							cell.cell(), problem.problem().problem()));
				}
				throw new Aborted(problems);
			}
		}
		return planId;
	}

	private static List<Issue> kpiProblems(Draft draft, List<Row> created, Refused refused) {
		List<Issue> problems = new ArrayList<>();
		if (refused.refusal() instanceof Refusal.Invalid invalid) {
			for (FieldProblem problem : invalid.problems()) {
				Row row = created.get(0);
				String field = problem.field() == null ? "" : problem.field();
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("kpis\\[(\\d+)]").matcher(field);
				if (m.find() && Integer.parseInt(m.group(1)) < created.size()) {
					row = created.get(Integer.parseInt(m.group(1)));
				}
				problems.add(issue(draft.sheet, row.sheetRow, problem));
			}
			return problems;
		}
		throw refused;
	}

	// ------------------------------------------------------------------ text

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
	}

	private static List<String> normalised(List<String> path) {
		return path.stream().map(ImportingPlan::normalise).toList();
	}

}
