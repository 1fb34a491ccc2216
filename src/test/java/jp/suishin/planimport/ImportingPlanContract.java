package jp.suishin.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link ImportingPlan} on a real database: the dry run stores nothing, the commit stores
 * the plan, a re-import changes nothing, a changed target is one audited change, one bad
 * cell stores nothing, another organisation's planner may not. Run by
 * {@link ImportingPlanOnEmbeddedDatabaseTests} and {@link ImportingPlanOnPostgresTests}.
 */
abstract class ImportingPlanContract {

	static final List<Object> HEADER = List.of("基本目標", "施策", "KPI", "単位", "基準値", "目標値", "2020", "2021", "2022");

	@Autowired
	ImportingPlan importing;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Autowired
	jp.suishin.collection.CollectingValues collecting;

	String key;

	long owner;

	Viewer planner;

	@BeforeEach
	void anOrganisationWithAPlanner() {
		key = UUID.randomUUID().toString().substring(0, 8);
		owner = organisations
			.add(new NewOrganization("import-" + key, "取込市" + key, OrganizationKind.PREFECTURE, null, null));
		planner = new Viewer(1L, "planner-" + key, "計画担当", false, List.of(new Grant(owner, Role.PLANNER, null)));
	}

	static List<List<Object>> sheet(String target, String value2021) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add(row("1 しごとをつくる", "(1) 農業の担い手", "新規就農者数", "人", "12", target, "3", value2021, null));
		rows.add(row("1 しごとをつくる", "(1) 農業の担い手", "農地の集積率", "％", "40.5", "60", "41.2", "42", "集計中（8月頃）"));
		rows.add(row("1 しごとをつくる", "(2) 観光", "観光入込客数", "千人", "1,200", "1,500", "▲12", "980", "1,100"));
		rows.add(row("2 ひとを呼ぶ", "(1) 移住", "転入者数", "人", "300", "350", "310", null, null));
		return rows;
	}

	static List<Object> row(Object... cells) {
		List<Object> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add(cell);
		}
		return row;
	}

	ImportingPlan.Request request(byte[] content) {
		return new ImportingPlan.Request("import-" + key, "取込計画" + key, "2020-2024", "kpi.xlsx", content, Map.of());
	}

	byte[] workbook(List<List<Object>> rows) {
		return TestWorkbooks.xlsx("KPI一覧", rows);
	}

	List<Plan> ownPlans() {
		return plans.ofOwners(Set.of(owner));
	}

	int auditEntries(long planId) {
		int count = audit.of(AuditSubject.plan(planId)).size();
		for (Kpi kpi : kpis.findByPlan(planId)) {
			count += audit.of(AuditSubject.kpi(kpi.id())).size();
		}
		return count;
	}

	@Test
	void theDryRun_saysWhatWouldBeCreated_andStoresNothing() {
		ImportReport report = importing.dryRun(planner, request(workbook(sheet("25", "5"))));

		assertThat(report.problems()).isEmpty();
		assertThat(report.dryRun()).isTrue();
		assertThat(report.created()).isEqualTo(new ImportReport.Counts(5, 4, 9));
		assertThat(report.changed()).isEqualTo(ImportReport.Counts.NONE);
		assertThat(report.kpis()).extracting(ImportReport.KpiPart::name)
			.containsExactly("新規就農者数", "農地の集積率", "観光入込客数", "転入者数");
		ImportReport.ValuePart pending = report.kpis().get(1).values().get(FiscalYear.of(2022));
		assertThat(pending.status()).isEqualTo("pending");
		assertThat(pending.expectedMonth()).isEqualTo(8);
		assertThat(report.kpis().get(2).values().get(FiscalYear.of(2020)).value()).isEqualByComparingTo("-12");
		assertThat(ownPlans()).isEmpty();
	}

	@Test
	void theCommit_storesThePlan_andAReimportChangesNothing() {
		ImportReport first = importing.commit(planner, request(workbook(sheet("25", "5"))));

		assertThat(first.problems()).isEmpty();
		assertThat(first.dryRun()).isFalse();
		assertThat(ownPlans()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(first.planId()));
		List<Kpi> stored = kpis.findByPlan(first.planId());
		assertThat(stored).extracting(Kpi::name).containsExactlyInAnyOrder("新規就農者数", "農地の集積率", "観光入込客数", "転入者数");
		assertThat(kpis.valuesOfPlan(first.planId())).hasSize(9);
		assertThat(plans.tree(first.planId()).orElseThrow().inReadingOrder()).hasSize(5);
		int entries = auditEntries(first.planId());

		ImportReport again = importing.commit(planner, request(workbook(sheet("25", "5"))));

		assertThat(again.problems()).isEmpty();
		assertThat(again.planId()).isEqualTo(first.planId());
		assertThat(again.plan().existing()).isTrue();
		assertThat(again.created()).isEqualTo(ImportReport.Counts.NONE);
		assertThat(again.changed()).isEqualTo(ImportReport.Counts.NONE);
		assertThat(again.unchanged()).isEqualTo(new ImportReport.Counts(5, 4, 9));
		assertThat(ownPlans()).hasSize(1);
		assertThat(kpis.findByPlan(first.planId())).hasSize(4);
		assertThat(kpis.valuesOfPlan(first.planId())).hasSize(9);
		assertThat(auditEntries(first.planId())).isEqualTo(entries);
	}

	@Test
	void aChangedTargetAndValue_areOneChangedKpiAndOneChangedValue_eachAudited() {
		long planId = importing.commit(planner, request(workbook(sheet("25", "5")))).planId();
		Kpi farmers = kpis.findByPlan(planId).stream().filter(k -> k.name().equals("新規就農者数")).findFirst().orElseThrow();
		int entries = audit.of(AuditSubject.kpi(farmers.id())).size();

		ImportReport dry = importing.dryRun(planner, request(workbook(sheet("30", "6"))));
		assertThat(dry.changed()).isEqualTo(new ImportReport.Counts(0, 1, 1));
		assertThat(kpis.findById(farmers.id()).orElseThrow().target().value()).isEqualByComparingTo("25");

		ImportReport report = importing.commit(planner, request(workbook(sheet("30", "6"))));

		assertThat(report.problems()).isEmpty();
		assertThat(report.changed()).isEqualTo(new ImportReport.Counts(0, 1, 1));
		assertThat(report.created()).isEqualTo(ImportReport.Counts.NONE);
		Kpi changed = kpis.findById(farmers.id()).orElseThrow();
		assertThat(changed.target().value()).isEqualByComparingTo("30");
		assertThat(kpis.findValue(farmers.id(), FiscalYear.of(2021)).orElseThrow().actual().amount().orElseThrow())
			.isEqualByComparingTo("6");
		List<AuditEntry> trail = audit.of(AuditSubject.kpi(farmers.id()));
		assertThat(trail).hasSize(entries + 2);
		assertThat(trail).anySatisfy(e -> assertThat(e.reason()).isEqualTo("取込: kpi.xlsx"));
	}

	@Test
	void oneBadCell_storesNothing_andNamesItsRowColumnAndCell() {
		List<List<Object>> rows = sheet("25", "5");
		rows.get(3).set(7, "約？");

		ImportReport report = importing.commit(planner, request(workbook(rows)));

		assertThat(report.problems()).singleElement().satisfies(p -> {
			assertThat(p.sheet()).isEqualTo("KPI一覧");
			assertThat(p.row()).isEqualTo(4);
			assertThat(p.column()).isEqualTo("H");
			assertThat(p.cell()).isEqualTo("約？");
		});
		assertThat(ownPlans()).isEmpty();
	}

	@Test
	void aBadCellInAReimport_leavesTheStoredPlanAsItWas() {
		long planId = importing.commit(planner, request(workbook(sheet("25", "5")))).planId();
		List<YearlyValue> before = kpis.valuesOfPlan(planId);
		List<List<Object>> rows = sheet("30", "6");
		rows.get(4).set(6, "不明");

		ImportReport report = importing.commit(planner, request(workbook(rows)));

		assertThat(report.problems()).isNotEmpty();
		assertThat(kpis.valuesOfPlan(planId)).extracting(YearlyValue::version, v -> v.actual().amount().orElse(null))
			.containsExactlyInAnyOrderElementsOf(before.stream()
				.map(v -> org.assertj.core.groups.Tuple.tuple(v.version(), v.actual().amount().orElse(null)))
				.toList());
		assertThat(kpis.findByPlan(planId)
			.stream()
			.filter(k -> k.name().equals("新規就農者数"))
			.findFirst()
			.orElseThrow()
			.target()
			.value()).isEqualByComparingTo("25");
	}

	@Test
	void valuesOfAnApprovedYear_areRefused_andTheRestIsStillImported() {
		long planId = importing.commit(planner, request(workbook(sheet("25", "5")))).planId();
		long collection = collecting.open(planner, planId, "2021", java.time.LocalDate.now().plusDays(30).toString())
			.collectionId();
		Kpi farmers = kpis.findByPlan(planId).stream().filter(k -> k.name().equals("新規就農者数")).findFirst().orElseThrow();
		collecting.submit(planner, collection, farmers.id());
		collecting.approve(planner, collection, farmers.id());
		List<List<Object>> rows = sheet("25", "6");
		rows.get(4).set(8, "330");

		ImportReport report = importing.commit(planner, request(workbook(rows)));

		assertThat(report.problems()).isEmpty();
		assertThat(report.refused()).singleElement().satisfies(r -> {
			assertThat(r.row()).isEqualTo(2);
			assertThat(r.column()).isEqualTo("H");
			assertThat(r.problem().messageKey()).isEqualTo("collection.value.locked");
		});
		Kpi movers = kpis.findByPlan(planId).stream().filter(k -> k.name().equals("転入者数")).findFirst().orElseThrow();
		assertThat(kpis.findValue(farmers.id(), FiscalYear.of(2021)).orElseThrow().actual().amount().orElseThrow())
			.isEqualByComparingTo("5");
		assertThat(kpis.findValue(movers.id(), FiscalYear.of(2022)).orElseThrow().actual().amount().orElseThrow())
			.isEqualByComparingTo("330");
		assertThat(report.created().values()).isEqualTo(1);
	}

	@Test
	void anotherOrganisationsPlanner_mayNotImport() {
		long other = organisations
			.add(new NewOrganization("other-" + key, "他市" + key, OrganizationKind.PREFECTURE, null, null));
		Viewer outsider = new Viewer(2L, "outsider-" + key, "他市の担当", false,
				List.of(new Grant(other, Role.PLANNER, null)));

		assertThatThrownBy(() -> importing.commit(outsider, request(workbook(sheet("25", "5")))))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> importing.dryRun(outsider, request(workbook(sheet("25", "5")))))
			.isInstanceOf(AccessDenied.class);
		assertThat(ownPlans()).isEmpty();
	}

}
