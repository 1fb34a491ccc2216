package jp.suishin.collection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.Plan;
import jp.suishin.testing.InMemoryAccounts;
import jp.suishin.testing.InMemoryAuditTrail;
import jp.suishin.testing.InMemoryCollections;
import jp.suishin.testing.InMemoryDepartments;
import jp.suishin.testing.InMemoryKpis;
import jp.suishin.testing.InMemoryOrganisations;
import jp.suishin.testing.InMemoryPlans;
import jp.suishin.testing.InMemoryWork;

/**
 * The collection's use cases on the ports in memory, for plain-JUnit tests: one
 * organisation with one plan (R7–R11) and two departments. The ports share one unit of
 * work, whose {@link #journal} notes what they were asked, marked when asked outside a
 * unit of work, so that tests can see in which order and under which lock a use case read
 * and wrote.
 */
final class InMemory {

	static final long ORGANISATION = 1;

	static final long PLAN = 10;

	static final long FARMING = 100;

	static final long PLANNING = 101;

	final Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

	final InMemoryWork work = new InMemoryWork();

	final List<String> journal = work.journal();

	final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock, work);

	final InMemoryCollections collections = new InMemoryCollections(clock, work);

	final InMemoryKpis kpis = new InMemoryKpis(clock, work, audit);

	final InMemoryPlans plans = new InMemoryPlans();

	final InMemoryDepartments departments = new InMemoryDepartments();

	final InMemoryOrganisations organisations = new InMemoryOrganisations();

	final InMemoryAccounts accounts = new InMemoryAccounts();

	final List<String> mailed = new ArrayList<>();

	final AccessPolicy access = new AccessPolicy(organisations);

	final RecordingActualValue recording = new RecordingActualValue(kpis,
			planId -> plans.findById(planId).orElseThrow().period());

	final ImportingValues importing = new ImportingValues(kpis,
			planId -> plans.findById(planId).orElseThrow().period());

	final ValueEntryGate gate = new ValueEntryGate(kpis, plans, collections, access, recording, importing, work);

	/**
	 * Reads a sheet as plain comma-separated lines (the real reader is the exchange's).
	 */
	final SheetReader commaSeparated = (fileName, content, rows) -> {
		String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\n");
		for (int i = 0; i < lines.length; i++) {
			rows.row(i + 1, List.of(lines[i].split(",", -1)));
		}
	};

	final UploadingValues uploading = new UploadingValues(collections, kpis, plans, access, gate, commaSeparated, work);

	final CollectingValues collecting = new CollectingValues(collections, kpis, plans, departments, accounts, access,
			audit, (to, subject, body) -> mailed.addAll(to), clock, work);

	InMemory() {
		organisations
			.put(new Organization(ORGANISATION, "bureau", "振興局", OrganizationKind.SUBPREFECTURAL_BUREAU, null, null));
		plans.put(new Plan(PLAN, "plan", "計画", ORGANISATION, new FiscalPeriod(FiscalYear.of(2025), FiscalYear.of(2029)),
				List.of(), null, null, null, null, null));
		departments.put(new Department(FARMING, ORGANISATION, "農務課", null));
		departments.put(new Department(PLANNING, ORGANISATION, "地域政策課", null));
	}

	/** A KPI of the plan, in the charge of a department (or none). */
	Kpi kpi(long id, Long departmentId) {
		return kpis.put(new Kpi(id, PLAN, "kpi-" + id, "指標" + id, Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY,
				null, null, null, null, departmentId));
	}

	static Viewer viewer(String login, Grant... grants) {
		return new Viewer((long) login.hashCode(), login, login, false, List.of(grants));
	}

	static Viewer planner() {
		return viewer("planner", new Grant(ORGANISATION, Role.PLANNER, null));
	}

	static Viewer editorOf(long departmentId) {
		return viewer("editor-" + departmentId, new Grant(ORGANISATION, Role.DEPARTMENT_EDITOR, departmentId));
	}

}
