package jp.suishin.sampledata;

import jp.suishin.refusal.Validated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.suishin.activity.ActivityForm;
import jp.suishin.activity.NextActionForm;
import jp.suishin.activity.PlanningNextActions;
import jp.suishin.activity.RecordingActivities;
import jp.suishin.authoring.AddingKpi;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.AddingProgram;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.authoring.KpiForm;
import jp.suishin.authoring.NodeForm;
import jp.suishin.authoring.PlanForm;
import jp.suishin.authoring.ProgramForm;
import jp.suishin.kpi.Kpi;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.kpi.Baseline;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.kpi.Target;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.WrittenActual;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ParsedValue;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.Validated;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.DonationBudget;
import jp.suishin.progress.Schemes;

import org.springframework.context.MessageSource;

/**
 * Turns the sample-data files into organisations, plans, KPIs and values. A plan's values
 * go in as one batch through {@link ImportingValues} (the rules of
 * {@link RecordingActualValue}), every code through {@link LocalGovernmentCode}, so bad
 * data fails here exactly as bad input would.
 */
class SampleDataImport {

	static final String USER = "sample-data";

	private final OrganisationRepository organisations;

	private final Authoring authoring;

	private final KpiRepository kpis;

	private final ImportingValues importing;

	private final MessageSource messages;

	private final SettingMilestone settingMilestone;

	private final Narrative narrative;

	/** The use cases a plan is authored with, on every channel. */
	record Authoring(CreatingPlan plan, AddingNode node, AddingProgram program, AddingKpi kpi) {
	}

	/** The use cases a node's activities and next year's actions are written with. */
	record Narrative(RecordingActivities activities, PlanningNextActions actions) {
	}

	SampleDataImport(OrganisationRepository organisations, Authoring authoring, Narrative narrative, KpiRepository kpis,
			ImportingValues importing, SettingMilestone settingMilestone, MessageSource messages) {
		this.narrative = narrative;
		this.settingMilestone = settingMilestone;
		this.organisations = organisations;
		this.authoring = authoring;
		this.kpis = kpis;
		this.importing = importing;
		this.messages = messages;
	}

	void importOrganisations(YamlEntry file) {
		for (YamlEntry entry : file.children("organizations")) {
			addOrganisation(entry, false);
		}
		for (YamlEntry entry : file.children("collaborations")) {
			long id = addOrganisation(entry, true);
			String center = entry.text("center");
			if (center != null) {
				organisations.addMember(id, organisation(entry, center).id(), CollaborationRole.CENTER);
			}
			for (String member : entry.texts("members")) {
				organisations.addMember(id, organisation(entry, member).id(), CollaborationRole.MEMBER);
			}
		}
	}

	private long addOrganisation(YamlEntry entry, boolean collaboration) {
		OrganizationKind kind = enumValue(entry, "kind", OrganizationKind.class);
		if (kind.isCollaboration() != collaboration) {
			throw entry.fail("kind " + kind + (collaboration ? " is not a collaboration" : " is a collaboration"));
		}
		LocalGovernmentCode code = null;
		if (entry.has("code")) {
			Optional<Problem> problem = LocalGovernmentCode.check(entry.text("code"));
			if (problem.isPresent()) {
				throw entry.fail(message(problem.get()));
			}
			code = LocalGovernmentCode.of(entry.text("code"));
		}
		Long parent = entry.has("parent") ? organisation(entry, entry.text("parent")).id() : null;
		try {
			return organisations
				.add(new NewOrganization(entry.required("key"), entry.required("name"), kind, code, parent));
		}
		catch (IllegalArgumentException ex) {
			throw entry.fail(ex.getMessage());
		}
	}

	void importPlan(YamlEntry file) {
		Organization owner = organisation(file, file.required("owner"));
		YamlEntry period = required(file, "period");
		DonationBudget budget = null;
		YamlEntry donation = file.child("donationBudget");
		if (donation != null) {
			Unit unit = Unit.of(unitOf(donation.required("amount")));
			budget = new DonationBudget(amount(donation, "amount", unit), unit,
					new FiscalPeriod(year(donation, "from"), year(donation, "to")), donation.text("note"));
		}
		Viewer loader = plannerOf(owner.id());
		CreatingPlan.PlanSettings settings = new CreatingPlan.PlanSettings(file.required("key"), scheme(file),
				file.has("baselinePolicy") ? enumValue(file, "baselinePolicy", BaselinePolicy.class)
						: BaselinePolicy.REVISED,
				budget);
		PlanForm form = new PlanForm(owner.id(), file.required("name"), period.required("from"), period.required("to"),
				file.texts("levels"), file.text("summary"), file.text("source"));
		long planId = authored(file, () -> authoring.plan().create(loader, form, settings));
		Map<String, Long> kpiIds = new HashMap<>();
		Plan plan = new Plan(authoring.node().into(loader, planId), authoring.program().into(loader, planId),
				authoring.kpi().into(loader, planId));
		PlanValues values = new PlanValues();
		for (YamlEntry node : file.children("nodes")) {
			importNode(loader, plan, null, node, kpiIds, values);
		}
		storeValues(values);
	}

	/**
	 * What the use case answers, or the failure naming the entry and each refused field
	 * with its message.
	 */
	private <T> T authored(YamlEntry entry, Supplier<T> use) {
		try {
			return use.get();
		}
		catch (Refused refused) {
			if (refused.refusal() instanceof Refusal.Invalid invalid) {
				throw entry.fail(invalid.problems()
					.stream()
					.map(p -> p.field() + " " + message(p.problem()))
					.collect(Collectors.joining("; ")));
			}
			throw entry.fail(refused.getMessage());
		}
	}

	/**
	 * The values of one plan file, stored as one batch once its KPIs exist; each entry
	 * remembers where it was written, for the message.
	 */
	private static final class PlanValues {

		final List<ValueEntry> entries = new ArrayList<>();

		final List<String> written = new ArrayList<>();

		final List<YamlEntry> files = new ArrayList<>();

		void add(ValueEntry entry, YamlEntry values, String kpiKey, String year) {
			entries.add(entry);
			files.add(values);
			written.add("KPI " + kpiKey + " " + year);
		}

	}

	private void storeValues(PlanValues values) {
		if (values.entries.isEmpty()) {
			return;
		}
		if (importing.importAll(values.entries, USER) instanceof ImportingValues.Outcome.Refused refused) {
			Map<Integer, List<String>> byEntry = new LinkedHashMap<>();
			for (ImportingValues.EntryProblem p : refused.problems()) {
				byEntry.computeIfAbsent(p.index(), i -> new ArrayList<>())
					.add(p.problem().field() + " " + message(p.problem().problem()));
			}
			List<String> lines = new ArrayList<>();
			byEntry.forEach((index, problems) -> lines.add(values.written.get(index) + ": " + problems));
			throw values.files.get(byEntry.keySet().iterator().next()).fail(String.join("; ", lines));
		}
	}

	/**
	 * The loader enters a plan as its own planner would, through the same use cases and
	 * their checks.
	 */
	private static Viewer plannerOf(long organisationId) {
		return new Viewer(0L, USER, USER, false, List.of(new Grant(organisationId, Role.PLANNER, null)));
	}

	/** A plan's tree, programs and listings as they are loaded, each read once. */
	private record Plan(AddingNode.Branches branches, AddingProgram.Programs programs, AddingKpi.Listings listings) {
	}

	private void importNode(Viewer loader, Plan plan, Long parentId, YamlEntry node, Map<String, Long> kpiIds,
			PlanValues values) {
		NodeForm form = new NodeForm(node.required("title"), node.text("code"), node.text("summary"), node.text("area"),
				node.text("lead"), node.texts("marks"));
		long nodeId = authored(node, () -> plan.branches().add(parentId, form));
		for (YamlEntry program : node.children("programs")) {
			ProgramForm programForm = new ProgramForm(program.required("name"), program.text("lead"),
					program.text("summary"), program.text("year"));
			authored(program, () -> plan.programs().add(nodeId, programForm));
		}
		for (YamlEntry entry : node.children("kpis")) {
			if (entry.has("relist")) {
				Long kpiId = kpiIds.get(entry.text("relist"));
				if (kpiId == null) {
					throw entry
						.fail("relists '" + entry.text("relist") + "', which is not defined earlier in this plan");
				}
				authored(entry, () -> {
					plan.listings().relist(nodeId, kpiId);
					return kpiId;
				});
			}
			else {
				kpiIds.put(entry.required("key"), importKpi(loader, plan.listings(), nodeId, entry, values));
			}
		}
		importNarrative(loader, nodeId, node);
		for (YamlEntry child : node.children("children")) {
			importNode(loader, plan, nodeId, child, kpiIds, values);
		}
	}

	/**
	 * A node's activities and next year's actions by fiscal year, through the use cases
	 * the browser calls: the dates as the documents print them.
	 */
	private void importNarrative(Viewer loader, long nodeId, YamlEntry node) {
		for (Map.Entry<FiscalYear, List<YamlEntry>> year : byYear(node, "activities").entrySet()) {
			for (YamlEntry activity : year.getValue()) {
				ActivityForm form = new ActivityForm(activity.required("title"), activity.texts("leads"),
						activity.text("dates"), activity.text("place"), activity.text("summary"),
						activity.text("participants"));
				authored(activity, () -> narrative.activities().record(loader, nodeId, year.getKey(), form));
			}
		}
		for (Map.Entry<FiscalYear, List<YamlEntry>> year : byYear(node, "actions").entrySet()) {
			for (YamlEntry action : year.getValue()) {
				NextActionForm form = new NextActionForm(action.required("text"), action.texts("leads"));
				authored(action, () -> narrative.actions().plan(loader, nodeId, year.getKey(), form));
			}
		}
	}

	/** A mapping of fiscal years (R5: […]) to lists of entries, in the file's order. */
	private static Map<FiscalYear, List<YamlEntry>> byYear(YamlEntry node, String key) {
		YamlEntry years = node.child(key);
		Map<FiscalYear, List<YamlEntry>> byYear = new LinkedHashMap<>();
		if (years == null) {
			return byYear;
		}
		for (Object written : years.map().keySet()) {
			String label = String.valueOf(written);
			FiscalYear year = FiscalYear.parse(label)
				.orElseThrow(() -> years.fail("'" + label + "' is not a fiscal year"));
			byYear.put(year, years.children(label));
		}
		return byYear;
	}

	private long importKpi(Viewer loader, AddingKpi.Listings listings, long nodeId, YamlEntry entry,
			PlanValues planValues) {
		YamlEntry b = entry.child("baseline");
		YamlEntry t = entry.child("target");
		KpiForm form = new KpiForm(entry.required("name"), entry.text("unit"), entry.required("direction"),
				entry.required("aggregation"), b == null ? null : b.required("value"),
				b == null ? null : b.text("year"), t == null ? null : t.required("value"),
				t == null ? null : t.text("year"), entry.text("definition"), entry.text("department"));
		long kpiId = authored(entry, () -> listings.add(nodeId, form, entry.required("key")));
		Kpi kpi = kpis.findById(kpiId).orElseThrow();
		Unit unit = kpi.unit();
		Baseline baseline = kpi.baseline();
		Target target = kpi.target();
		YamlEntry values = entry.child("values");
		if (values != null) {
			for (Map.Entry<?, ?> written : ((Map<?, ?>) values.map()).entrySet()) {
				String year = String.valueOf(written.getKey());
				ValueEntry valueEntry = written.getValue() instanceof Map<?, ?> map
						? valueEntry(kpiId, year, new YamlEntry(values.file(), values.path() + "." + year, cast(map)))
						: new ValueEntry(kpiId, year, String.valueOf(written.getValue()), null, null, null, null);
				if (WrittenActual.read(valueEntry.value(), valueEntry.status(), valueEntry.expectedMonth(),
						unit) instanceof WrittenActual.Blank) {
					continue;
				}
				planValues.add(valueEntry, values, entry.required("key"), year);
			}
		}
		YamlEntry milestones = entry.child("milestones");
		if (milestones != null) {
			for (Map.Entry<?, ?> written : ((Map<?, ?>) milestones.map()).entrySet()) {
				List<FieldProblem> problems = settingMilestone.set(loader, kpiId, String.valueOf(written.getKey()),
						String.valueOf(written.getValue()));
				if (!problems.isEmpty()) {
					throw milestones.fail("KPI " + entry.required("key") + " " + written.getKey() + ": "
							+ problems.stream().map(p -> p.field() + " " + message(p.problem())).toList());
				}
			}
		}
		for (YamlEntry revision : entry.children("baselineRevisions")) {
			Baseline revised = valid(revision, Baseline.of(amount(revision, "value", unit),
					revision.has("year") ? year(revision, "year") : baseline == null ? null : baseline.year(), target));
			kpis.addBaselineRevision(kpiId, revised, LocalDate.parse(revision.required("date")),
					revision.required("reason"), USER);
		}
		return kpiId;
	}

	/** A value object the entry gives, or the failure naming the entry and the rule. */
	private <T> T valid(YamlEntry entry, Validated<T> validated) {
		return validated.accepted().orElseThrow(() -> entry.fail(message(validated.rejection().orElseThrow())));
	}

	private static ValueEntry valueEntry(long kpiId, String year, YamlEntry value) {
		return new ValueEntry(kpiId, year, value.required("value"), value.text("status"), value.text("expectedMonth"),
				value.text("note"), null);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	private BigDecimal amount(YamlEntry entry, String key, Unit unit) {
		Validated<BigDecimal> amount = ValueNotation.amount(entry.required(key), unit);
		if (amount.rejection().isPresent()) {
			throw entry.fail("'" + key + "': " + message(amount.rejection().get()));
		}
		return amount.accepted().orElseThrow();
	}

	private static String unitOf(String written) {
		return written.replaceAll("^[▲△\\-]?[0-9０-９,，.．]+", "");
	}

	private static String scheme(YamlEntry file) {
		String scheme = file.has("scheme") ? file.text("scheme") : Schemes.DEFAULT;
		if (!Schemes.BUILT_IN.contains(scheme)) {
			throw file.fail("'scheme' must be one of " + Schemes.BUILT_IN + ": " + scheme);
		}
		return scheme;
	}

	private Organization organisation(YamlEntry entry, String key) {
		return organisations.findByKey(key).orElseThrow(() -> entry.fail("no organisation with key '" + key + "'"));
	}

	private static YamlEntry required(YamlEntry entry, String key) {
		YamlEntry child = entry.child(key);
		if (child == null) {
			throw entry.fail("missing '" + key + "'");
		}
		return child;
	}

	private static FiscalYear year(YamlEntry entry, String key) {
		String written = entry.required(key);
		return FiscalYear.parse(written)
			.orElseThrow(() -> entry.fail("'" + key + "' is not a fiscal year: " + written));
	}

	private static <E extends Enum<E>> E enumValue(YamlEntry entry, String key, Class<E> type) {
		String written = entry.required(key);
		try {
			return Enum.valueOf(type, written.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw entry.fail("'" + key + "' must be one of " + List.of(type.getEnumConstants()) + ": " + written);
		}
	}

	private String message(Problem problem) {
		return messages.getMessage(problem.messageKey(), problem.argumentArray(), problem.messageKey(),
				Locale.JAPANESE);
	}

}
