package jp.suishin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.account.Viewer;
import jp.suishin.exchange.KpiTable;
import jp.suishin.exchange.KpiTableReader;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.RevisingBaseline;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.Evaluation;
import jp.suishin.progress.Evaluator;
import jp.suishin.progress.GradeSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/**
 * What must hold on every database Suishin runs on: the sample data loads, the Sorachi
 * KPI lists reproduce the figures the two published reports print (../shared/seeds/003
 * and 004), and values round-trip exactly. Run by {@link OnEmbeddedDatabaseTests} always
 * and {@link OnPostgresTests} when PostgreSQL is configured.
 */
abstract class SorachiKpiListContract {

	static final String SORACHI = "sorachi-doo-policy-2021";

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	KpiListQuery kpiLists;

	@Autowired
	RecordingActualValue recording;

	@Autowired
	ApplicationContext context;

	@Autowired
	SavingAnalysis saving;

	@Autowired
	RevisingBaseline revising;

	@Autowired
	AuditTrail audit;

	long sorachi() {
		return plans.findByKey(SORACHI).orElseThrow().id();
	}

	Kpi kpi(String key) {
		return kpis.findByKey(key).orElseThrow();
	}

	/** A planner of the Sorachi plan's organisation. */
	Viewer planner(String login) {
		return new Viewer(1L, login, login, false,
				List.of(new Grant(plans.findByKey(SORACHI).orElseThrow().ownerId(), Role.PLANNER, null)));
	}

	@Test
	void sampleData_hasTheOrganisationsWithValidCodes() {
		assertThat(organisations.findByKey("hokkaido")).get()
			.satisfies(o -> assertThat(o.code().value()).isEqualTo("010006"));
		assertThat(organisations.findByKey("iwamizawa")).get()
			.satisfies(o -> assertThat(o.code().value()).isEqualTo("012106"));
		Organization zone = organisations.findByKey("south-sorachi-zone").orElseThrow();
		List<Membership> members = organisations.membersOf(zone.id());
		assertThat(members).hasSize(9);
		assertThat(members.get(0).member().key()).isEqualTo("iwamizawa");
		assertThat(members.get(0).role()).isEqualTo(CollaborationRole.CENTER);
		assertThat(members).filteredOn(m -> m.role() == CollaborationRole.MEMBER).hasSize(8);
		assertThat(members).extracting(m -> m.member().name() + " " + m.member().code().value())
			.containsExactly("岩見沢市 012106", "夕張市 012092", "美唄市 012157", "三笠市 012220", "南幌町 014231", "由仁町 014273",
					"長沼町 014281", "栗山町 014290", "月形町 014303");
		assertThat(organisations.findByKey("doo-region")).isPresent();
	}

	@Test
	void sampleData_hasEveryPlanOfTheSeeds() {
		assertThat(plans.findAll()).extracting(Plan::key)
			.contains(SORACHI, "sorachi-doo-policy-2025", "iwamizawa-regional-revitalization", "south-sorachi-vision",
					"national-regional-revitalization-2", "hokkaido-strategy-2015");
		Plan iwamizawa = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow();
		assertThat(iwamizawa.donationBudget()).isNotNull();
		assertThat(iwamizawa.donationBudget().amountText()).isEqualTo("530,000千円");
		Plan vision = plans.findByKey("south-sorachi-vision").orElseThrow();
		assertThat(vision.period().from().value()).isEqualTo(2025);
		assertThat(vision.period().to().value()).isEqualTo(2029);
		assertThat(plans.tree(vision.id()).orElseThrow().roots()).hasSize(3);
	}

	@Test
	void sorachiFy2024KpiList_showsTheReportsProgressRates() {
		KpiList list = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2024)));
		assertThat(list.rows()).extracting(row -> row.evaluation().progressDisplay())
			.containsExactly("－％", "99.9％", "82.9％", "197.7％", "－％", "－％", "82.9％", "－％", "90.9％");
		assertThat(list.rows()).extracting(KpiList.Row::relisted)
			.containsExactly(false, false, false, false, false, false, true, true, false);
		assertThat(list.columns()).extracting(FiscalYear::eraLabel).containsExactly("R3", "R4", "R5", "R6");
		assertThat(list.rows().get(0).cells().get(3).text()).isEqualTo("集計中（7月頃）");
		assertThat(list.rows().get(4).baseline()).isEqualTo("1,232万人（R1）");
	}

	/**
	 * The KPI list exported as CSV and as xlsx by the one writer, read back by the one
	 * reader and graded again: the same rates, grades and summary as the page.
	 */
	@Test
	void sorachiFy2024Export_inCsvAndXlsx_readsBackToThePagesFigures() {
		KpiList list = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2024)));
		List<String> page = list.rows()
			.stream()
			.map(row -> row.evaluation().progressDisplay() + " " + row.evaluation().grade().label())
			.toList();
		assertThat(page).startsWith("－％ 集計中", "99.9％ 80%以上");
		for (String file : List.of("kpi-list.csv", "kpi-list.xlsx")) {
			byte[] exported = file.endsWith(".csv") ? KpiListExport.csv(list) : KpiListExport.xlsx(list);
			KpiTable table = KpiTableReader.read(file, exported);
			assertThat(table.mismatches()).isEmpty();
			Evaluation again = new Evaluator(list.evaluation().scheme()).evaluate(list.year(), table.rows(), null,
					List.of());
			assertThat(again.rows()).as(file)
				.extracting(e -> e.progressDisplay() + " " + e.grade().label())
				.containsExactlyElementsOf(page);
			assertThat(again.rows()).as(file)
				.extracting(e -> e.amount())
				.usingElementComparator(java.util.Comparator.nullsFirst(java.math.BigDecimal::compareTo))
				.containsExactlyElementsOf(list.evaluation().rows().stream().map(e -> e.amount()).toList());
			assertThat(again.summary()).as(file).isEqualTo(list.evaluation().summary());
		}
	}

	@Test
	void sorachiFy2024Summary_countsSevenUniqueKpisAsTwoFourAndFourTenths() {
		GradeSummary summary = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2024)))
			.evaluation()
			.summary();
		assertThat(summary.unique()).isEqualTo(7);
		assertThat(summary.pending()).isEqualTo(3);
		assertThat(summary.evaluated()).isEqualTo(4);
		assertThat(summary.grades()).extracting(GradeSummary.GradeCount::label).containsExactly("達成", "80%以上", "集計中");
		assertThat(summary.grades()).extracting(GradeSummary.GradeCount::count).containsExactly(1, 3, 3);
		assertThat(summary.grades()).extracting(GradeSummary.GradeCount::tenths).containsExactly(2, 4, 4);
	}

	@Test
	void sorachiFy2024Analysis_saysWhatTheReportSaysInItsOwnWords() {
		String analysis = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2024))).analysis();
		assertThat(analysis).contains("7件の評価指標（再掲を除く）", "集計中の3件", "4件はいずれも80％以上", "1件は既に目標値に達している",
				"新規高卒者管内企業就職率は前年度から1.0ポイント上昇", "基準値（6,522人、R2）の約4.4倍", "空知の耕作面積の維持は前年度と同じ113,500ha",
				"認定こども園設置数は前年度と同じ20カ所");
	}

	@Test
	void sorachiFy2023Analysis_statesTheDropInPercentagePoints() {
		String analysis = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2023))).analysis();
		assertThat(analysis).contains("新規高卒者管内企業就職率は前年度から8.3ポイント低下した（60.3％→52.0％）", "基準値（6,522人、R2）の約3.1倍");
	}

	@Test
	void theKpiListUsesThePlansScheme_andAnotherSchemeCanBeCompared() {
		KpiList threeLevel = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2024)),
				Optional.of("three-level"));
		assertThat(threeLevel.rows()).extracting(row -> row.evaluation().grade().label())
			.containsExactly("集計中", "おおむね順調", "おおむね順調", "順調", "集計中", "集計中", "おおむね順調", "集計中", "おおむね順調");
		KpiList sabc = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2024)),
				Optional.of("sabc"));
		assertThat(sabc.rows()).extracting(row -> row.evaluation().grade().label())
			.containsExactly("集計中", "B", "C", "S", "集計中", "集計中", "C", "集計中", "B");
	}

	@Test
	void aPlannersAnalysis_replacesTheDraftUntilItIsEmptied() {
		saving.save(planner("planner"), sorachi(), FiscalYear.of(2022), "担当者の分析");
		KpiList edited = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2022)));
		assertThat(edited.analysis()).isEqualTo("担当者の分析");
		assertThat(edited.analysisEdited()).isTrue();
		saving.save(planner("planner"), sorachi(), FiscalYear.of(2022), "  ");
		KpiList draft = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2022)));
		assertThat(draft.analysisEdited()).isFalse();
		assertThat(draft.analysis()).isEqualTo(draft.evaluation().analysis());
	}

	@Test
	void sorachiFy2023KpiList_reproducesTheFy2024EditionsConfirmedRates() {
		KpiList list = kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.of(FiscalYear.of(2023)));
		assertThat(list.rows()).extracting(row -> row.kpi().key() + " " + row.evaluation().progressDisplay())
			.contains("sorachi-cultivated-area 99.9％", "sorachi-new-graduates 81.4％", "sorachi-sns-followers 138.8％",
					"sorachi-certified-centers 90.9％");
	}

	@Test
	void kpiList_withoutAYear_showsTheLatestYearWithValues() {
		assertThat(kpiLists.kpiList(Viewer.PUBLIC, sorachi(), Optional.empty()).year()).isEqualTo(FiscalYear.of(2024));
	}

	@Test
	void values_keepTheDecimalsTheyWereWrittenWith() {
		YearlyValue r5 = kpis.findValue(kpi("sorachi-new-graduates").id(), FiscalYear.of(2023)).orElseThrow();
		assertThat(r5.actual()).isInstanceOf(Actual.Confirmed.class);
		assertThat(r5.actual().amount()).get().hasToString("52.0");
		YearlyValue tourists = kpis.findValue(kpi("sorachi-tourist-visitors").id(), FiscalYear.of(2023)).orElseThrow();
		assertThat(tourists.actual().amount()).get().hasToString("1274.46");
		YearlyValue pending = kpis.findValue(kpi("sorachi-migration-consultations").id(), FiscalYear.of(2024))
			.orElseThrow();
		assertThat(pending.actual()).isEqualTo(new Actual.Pending(8));
	}

	@Test
	void recordingAValue_storesItAndRefusesAStaleVersion() {
		long centers = kpi("sorachi-certified-centers").id();
		RecordingOutcome first = recording.record(new ValueEntry(centers, "R7", "２１カ所", "速報", null, "見込み", 0),
				"tester");
		assertThat(first).isInstanceOf(RecordingOutcome.Recorded.class);
		YearlyValue stored = ((RecordingOutcome.Recorded) first).value();
		assertThat(stored.actual()).isEqualTo(new Actual.Preliminary(new java.math.BigDecimal("21")));
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.updatedBy()).isEqualTo("tester");

		RecordingOutcome second = recording.record(new ValueEntry(centers, "2025", "22", "確定", null, null, 1),
				"tester");
		assertThat(second).isInstanceOf(RecordingOutcome.Recorded.class);

		RecordingOutcome stale = recording.record(new ValueEntry(centers, "令和7年度", "23", null, null, null, 1),
				"somebody-else");
		assertThat(stale).isInstanceOfSatisfying(RecordingOutcome.Rejected.class,
				r -> assertThat(r.problems()).extracting(p -> p.problem().messageKey())
					.containsExactly("kpi.value.conflict"));
		assertThat(kpis.findValue(centers, FiscalYear.of(2025)).orElseThrow().actual().amount()).get()
			.hasToString("22");
	}

	@Test
	void badInput_storesNothingAndNamesEachField() {
		long followers = kpi("sorachi-sns-followers").id();
		List<YearlyValue> before = kpis.values(followers);
		RecordingOutcome outcome = recording
			.record(new ValueEntry(followers, "R9", "12,34人", "unknown", "13", null, null), "tester");
		assertThat(outcome).isInstanceOfSatisfying(RecordingOutcome.Rejected.class,
				r -> assertThat(r.problems()).extracting(p -> p.field() + " " + p.problem().messageKey())
					.containsExactlyInAnyOrder("year fiscal-year.outside-period", "status kpi.value.status.invalid",
							"expectedMonth kpi.value.month.invalid", "value notation.value.invalid"));
		assertThat(kpis.values(followers)).isEqualTo(before);
	}

	@Test
	void aSecondStart_keepsWhatUsersChanged() throws Exception {
		long centers = kpi("sorachi-certified-centers").id();
		recording.record(new ValueEntry(centers, "R6", "21カ所", null, null, "訂正", null), "tester");
		int organisationsBefore = organisations.findAll().size();
		ApplicationArguments args = new DefaultApplicationArguments();
		for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
			runner.run(args);
		}
		assertThat(organisations.findAll()).hasSize(organisationsBefore);
		assertThat(kpis.findValue(centers, FiscalYear.of(2024)).orElseThrow().note()).isEqualTo("訂正");
		recording.record(new ValueEntry(centers, "R6", "20カ所", null, null, null, null), "tester");
	}

	@Test
	void everyChange_isInTheAuditTrail_withBeforeAfterAndReason() {
		long consultations = kpi("sorachi-migration-consultations").id();
		recording.record(new ValueEntry(consultations, "R7", "700件", null, null, null, 0), "planner-a");
		recording.record(new ValueEntry(consultations, "R7", "710件", "速報", null, "見込み", 1), "planner-b");
		recording.record(new ValueEntry(consultations, "R7", "－", null, null, null, 2), "planner-a");
		revising.revise(planner("planner-a"), consultations, "580件", null, "統計の遡及改定");
		List<AuditEntry> trail = audit.of(AuditSubject.kpi(consultations));
		assertThat(trail).extracting(AuditEntry::action)
			.containsSubsequence(AuditAction.BASELINE_REVISED, AuditAction.VALUE_REMOVED, AuditAction.VALUE_SET,
					AuditAction.VALUE_SET);
		AuditEntry revision = trail.get(0);
		assertThat(revision.before()).isEqualTo("574件（R2）");
		assertThat(revision.after()).isEqualTo("580件（R2）");
		assertThat(revision.reason()).isEqualTo("統計の遡及改定");
		AuditEntry removal = trail.get(1);
		assertThat(removal.actor()).isEqualTo("planner-a");
		assertThat(removal.before()).startsWith("710件［速報］");
		assertThat(removal.after()).isNull();
		AuditEntry change = trail.get(2);
		assertThat(change.actor()).isEqualTo("planner-b");
		assertThat(change.detail()).isEqualTo("R7");
		assertThat(change.before()).startsWith("700件");
		assertThat(change.after()).startsWith("710件");
	}

}
