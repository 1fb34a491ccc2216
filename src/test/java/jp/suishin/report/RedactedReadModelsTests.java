package jp.suishin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.ItemState;
import jp.suishin.collection.Publication;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The read models are redacted by the queries, not by templates: for the public and for a
 * planner of another organisation, the KPI page's and the KPI list's result objects hold
 * no value of a collected year that is not approved, no staff login and no audit entry,
 * and the audit trail is not even read for them. A planner of the organisation gets all
 * of it (the half that shows the test can fail). A context of its own, so that no other
 * test class opens these collections.
 */
@SpringBootTest(properties = "suishin.test.context=redacted-read-models")
class RedactedReadModelsTests {

	/** The unapproved value of 2027, under collection. */
	static final String NEEDLE = "86420137";

	/** The approved value of 2026, public. */
	static final String APPROVED = "75319";

	static final String AUTHOR = "redaction-author";

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	AuditTrail audit;

	@Autowired
	Publication publication;

	@Autowired
	SchemeRevisions schemes;

	@Autowired
	KpiListQuery kpiLists;

	@Autowired
	CollectingValues collecting;

	@Autowired
	CollectionRepository collections;

	@Autowired
	RecordingActualValue recording;

	@Autowired
	AnalysisRepository analyses;

	Viewer planner;

	Viewer foreignPlanner;

	long plan;

	long kpi;

	/** Counts the reads of the audit trail; records through to the real one. */
	final AtomicInteger auditReads = new AtomicInteger();

	KpiDetailQuery details;

	@BeforeEach
	void fixture() {
		planner = accounts.account("redaction-planner", "iwamizawa", Role.PLANNER);
		foreignPlanner = accounts.account("redaction-foreign-planner", "hokkaido", Role.PLANNER);
		plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		kpi = kpis.findByKey("iwamizawa-shipments-per-employee").orElseThrow().id();
		if (collections.find(plan, FiscalYear.of(2027)).isEmpty()) {
			String deadline = LocalDate.now().plusDays(30).toString();
			long approvedYear = collecting.open(planner, plan, "2026", deadline).collectionId();
			collecting.open(planner, plan, "2027", deadline);
			enter(2026, APPROVED);
			enter(2027, NEEDLE);
			assertThat(collections.moveItem(approvedYear, kpi, ItemState.OPEN, ItemState.APPROVED, null, AUTHOR))
				.isTrue();
			analyses.save(plan, FiscalYear.of(2027), "出荷額は " + NEEDLE + " 万円の見込み", AUTHOR);
			kpis.addBaselineRevision(kpi, new Baseline(new BigDecimal("1234"), FiscalYear.of(2019)), LocalDate.now(),
					"統計の遡及改定", AUTHOR);
			Plan owned = plans.findById(plan).orElseThrow();
			schemes.revise(plan, owned.period().from(), owned.scheme(), "評価方法の確認", AUTHOR);
		}
		AuditTrail counting = new AuditTrail() {
			@Override
			public void record(String actor, AuditSubject subject, jp.suishin.audit.AuditAction action, String detail,
					String before, String after, String reason) {
				audit.record(actor, subject, action, detail, before, after, reason);
			}

			@Override
			public List<AuditEntry> of(AuditSubject subject) {
				auditReads.incrementAndGet();
				return audit.of(subject);
			}
		};
		details = new KpiDetailQuery(plans, kpis, organisations, counting, publication, schemes);
	}

	void enter(int year, String value) {
		RecordingOutcome outcome = recording.record(new ValueEntry(kpi, Integer.toString(year), value, "CONFIRMED",
				null, null, kpis.findValue(kpi, FiscalYear.of(year)).map(YearlyValue::version).orElse(0)), AUTHOR);
		assertThat(outcome).isInstanceOf(RecordingOutcome.Recorded.class);
	}

	@Test
	void thePublicsKpiDetail_holdsNoUnapprovedValueNoLoginAndNoAuditTrail() {
		assertOutsidersDetail(Viewer.PUBLIC);
	}

	@Test
	void aForeignPlannersKpiDetail_holdsNoUnapprovedValueNoLoginAndNoAuditTrail() {
		assertOutsidersDetail(foreignPlanner);
	}

	@Test
	void thePublicsKpiList_holdsNoUnapprovedValueAndNoLogin() {
		assertOutsidersList(Viewer.PUBLIC);
	}

	@Test
	void aForeignPlannersKpiList_holdsNoUnapprovedValueAndNoLogin() {
		assertOutsidersList(foreignPlanner);
	}

	@Test
	void theOwnPlanner_getsTheWorkingValueTheLoginsAndTheAuditTrail() {
		KpiDetail detail = details.kpiDetail(planner, kpi);
		assertThat(auditReads).hasValue(1);
		assertThat(detail.historyShown()).isTrue();
		assertThat(detail.history()).isNotEmpty().anyMatch(e -> AUTHOR.equals(e.actor()));
		assertThat(detail.values()).anyMatch(v -> v.year().equals(FiscalYear.of(2027)) && AUTHOR.equals(v.updatedBy()));
		assertThat(detail.revisions()).anyMatch(r -> AUTHOR.equals(r.revisedBy()));
		assertThat(detail.toString()).contains(NEEDLE, AUTHOR);
		KpiList list = kpiLists.kpiList(planner, plan, Optional.of(FiscalYear.of(2027)));
		assertThat(list.toString()).contains(NEEDLE, AUTHOR);
		assertThat(list.analysisEdited()).isTrue();
	}

	private void assertOutsidersDetail(Viewer outsider) {
		KpiDetail detail = details.kpiDetail(outsider, kpi);
		assertThat(auditReads).as("reads of the audit trail").hasValue(0);
		assertThat(detail.historyShown()).isFalse();
		assertThat(detail.history()).isEmpty();
		assertThat(detail.values()).noneMatch(v -> v.year().equals(FiscalYear.of(2027)));
		assertThat(detail.values()).as("the approved value stays public")
			.anyMatch(v -> v.year().equals(FiscalYear.of(2026)));
		assertThat(detail.values()).allMatch(v -> v.updatedBy() == null);
		assertThat(detail.years()).allMatch(y -> y.value() == null || y.value().updatedBy() == null);
		assertThat(detail.revisions()).isNotEmpty().allMatch(r -> r.revisedBy() == null);
		assertThat(detail.chart().actuals()).noneMatch(a -> a != null && a.compareTo(new BigDecimal(NEEDLE)) == 0);
		assertThat(detail.toString()).doesNotContain(NEEDLE).doesNotContain(AUTHOR);
	}

	private void assertOutsidersList(Viewer outsider) {
		KpiList list = kpiLists.kpiList(outsider, plan, Optional.of(FiscalYear.of(2027)));
		assertThat(list.rows()).flatMap(KpiList.Row::cells)
			.noneMatch(
					c -> c.value() != null && c.value().year().equals(FiscalYear.of(2027)) && c.value().kpiId() == kpi)
			.allMatch(c -> c.value() == null || c.value().updatedBy() == null);
		assertThat(list.rows()).flatMap(KpiList.Row::cells).anyMatch(c -> c.text().contains("75,319"));
		assertThat(list.analysisEdited()).as("the planner's analysis of a year still under collection").isFalse();
		assertThat(list.toString()).doesNotContain(NEEDLE).doesNotContain(AUTHOR);
		assertThat(new String(KpiListExport.csv(list), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(NEEDLE)
			.doesNotContain("86,420,137");
	}

}
