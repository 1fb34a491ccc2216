package jp.suishin.donation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.AddingProgram;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.authoring.EditingPlan;
import jp.suishin.authoring.PlanForm;
import jp.suishin.authoring.EditingPlanTree;
import jp.suishin.authoring.ProgramForm;
import jp.suishin.document.YearReview;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.storage.PlanVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recording donations on Iwamizawa's plan, whose budget guide (530,000千円, FY2020–FY2027)
 * comes from seed 000 and whose example donations come from the sample data: on the
 * embedded database ({@link RecordingDonationsOnEmbeddedDatabaseTests}) and on PostgreSQL
 * ({@link RecordingDonationsOnPostgresTests}). Each test that records removes what it
 * recorded, so the sample data's totals stay as the file writes them.
 */
abstract class RecordingDonationsContract {

	static final Unit SEN_EN = Unit.of("千円");

	@Autowired
	RecordingDonations recording;

	@Autowired
	DonationRecords records;

	@Autowired
	DonationLedger ledger;

	@Autowired
	ReportedDonations reported;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlanVersions versions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AddingProgram addingProgram;

	@Autowired
	EditingPlanTree editingTree;

	@Autowired
	CreatingPlan creatingPlan;

	@Autowired
	EditingPlan editingPlan;

	Plan plan;

	Viewer planner;

	@BeforeEach
	void iwamizawa() {
		plan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow();
		planner = accounts.account("rd-planner-" + System.nanoTime(), "iwamizawa", Role.PLANNER);
	}

	long program(String name) {
		PlanTree tree = plans.tree(plan.id()).orElseThrow();
		return tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.filter(p -> p.name().equals(name))
			.map(Program::id)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void iwamizawasExampleDonations_areMarkedAsExamples_andTotalAsWorkedOutByHand() {
		DonationLedger.Ledger shown = ledger.of(plan.id()).orElseThrow();
		List<Donation> examples = shown.donations().stream().filter(Donation::example).toList();
		assertThat(examples).hasSize(5).allMatch(Donation::example);
		assertThat(shown.examples()).isTrue();
		assertThat(shown.budget().amountText()).isEqualTo("530,000千円");
		DonationTotals totals = DonationTotals.of(shown.budget(), examples);
		// 5,000 (R3) + 3,000 + 2,000 (R4: 2022-11-01 and 2023-03-20) + 10,000 + 1,500
		// (R6)
		// = 21,500千円; 21,500 ÷ 530,000 = 4.0566…% → 4.1%
		assertThat(totals.cumulativeText()).isEqualTo("21,500千円");
		assertThat(totals.shareText()).isEqualTo("4.1％");
		assertThat(totals.years()).extracting(y -> y.year().eraLabel(), y -> totals.money(y.total()))
			.startsWith(tuple("R2", "0千円"), tuple("R3", "5,000千円"), tuple("R4", "5,000千円"), tuple("R5", "0千円"),
					tuple("R6", "11,500千円"));
		// the anonymous donor is never named
		assertThat(shown.namedDonors()).containsExactly("（例示）株式会社いわみざわ農機サンプル", "（例示）北海道サンプル建設株式会社",
				"（例示）株式会社サンプル情報システム");
		assertThat(examples.get(2).anonymous()).isTrue();
		assertThat(examples.get(2).publicDonor()).isNull();
		assertThat(examples.get(0).programName()).isEqualTo("農業ＤＸ推進事業");
	}

	@Test
	void theDonationsDesignatedToAProgramInAYear_areSummedInTheUnitAsked() {
		long dx = program("農業ＤＸ推進事業");
		// 農業ＤＸ推進事業: 5,000千円 in R3 (2021-06-15), 1,500千円 in R6 (2024-12-10)
		assertThat(ledger.designatedTo(dx, FiscalYear.of(2021), SEN_EN)).isEqualByComparingTo("5000");
		assertThat(ledger.designatedTo(dx, FiscalYear.of(2024), SEN_EN)).isEqualByComparingTo("1500");
		// 1,500千円 = 1,500,000円
		assertThat(ledger.designatedTo(dx, FiscalYear.of(2024), Unit.of("円"))).isEqualByComparingTo("1500000");
		assertThat(ledger.designatedTo(dx, FiscalYear.of(2022), SEN_EN)).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void theDocumentsPart_countsToTheDataYear_listsThatYearsDonations_andNamesNoAnonymousDonor() {
		YearReview.Donations r4 = reported.of(Viewer.PUBLIC, plan.id(), FiscalYear.of(2022)).orElseThrow();
		// R2–R4: 0 + 5,000 + 5,000 = 10,000千円; 10,000 ÷ 530,000 = 1.886…% → 1.9%
		assertThat(r4.cumulative().text()).isEqualTo("10,000千円");
		assertThat(r4.shareText()).isEqualTo("1.9％");
		assertThat(r4.years()).extracting(YearReview.YearTotal::yearLabel).containsExactly("R2", "R3", "R4");
		assertThat(r4.lines()).extracting(YearReview.DonationLine::donor, l -> l.amount().text())
			.containsExactly(tuple("（例示）北海道サンプル建設株式会社", "3,000千円"), tuple(null, "2,000千円"));
		assertThat(r4.examples()).isTrue();
		assertThat(r4.budget().text()).isEqualTo("530,000千円");
		assertThat(r4.periodLabel()).isEqualTo("令和2年度～令和9年度");
		assertThat(reported.of(Viewer.PUBLIC, plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id(),
				FiscalYear.of(2024)))
			.isEmpty();
	}

	@Test
	void aPlannerRecordsEditsAndRemovesADonation_eachAuditedOnThePlan_movingItsStamp() {
		String stamp = versions.stampOf(plan.id()).orElseThrow();
		long id = recording.record(planner, plan.id(),
				new DonationForm("株式会社記録テスト", "令和7年5月10日", "2,500", String.valueOf(program("創業支援事業")), false, false));
		Donation stored = records.donation(id).orElseThrow();
		assertThat(stored.receivedOn()).hasToString("2025-05-10");
		assertThat(stored.year()).isEqualTo(FiscalYear.of(2025));
		assertThat(stored.amountText()).isEqualTo("2,500千円");
		assertThat(stored.programName()).isEqualTo("創業支援事業");
		AuditEntry entry = audit.of(AuditSubject.plan(plan.id())).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.DONATION_RECORDED);
		assertThat(entry.actor()).isEqualTo(planner.actor());
		assertThat(entry.after()).isEqualTo("2025-05-10 株式会社記録テスト 2,500千円 program " + program("創業支援事業"));
		assertThat(versions.stampOf(plan.id())).isNotEqualTo(java.util.Optional.of(stamp));

		// 21,500 + 2,500 = 24,000千円 to date (if only the examples were there before)
		DonationTotals totals = ledger.of(plan.id()).orElseThrow().totals();
		BigDecimal others = DonationTotals
			.sum(ledger.of(plan.id()).orElseThrow().donations().stream().filter(d -> d.id() != id).toList(), SEN_EN);
		assertThat(totals.cumulative()).isEqualByComparingTo(others.add(new BigDecimal("2500")));

		recording.edit(planner, id, new DonationForm("株式会社記録テスト", "2025-06-01", "300万円", "", true, false));
		Donation edited = records.donation(id).orElseThrow();
		// 300万円 = 3,000,000円 = 3,000千円
		assertThat(edited.amount()).isEqualByComparingTo("3000");
		assertThat(edited.programId()).isNull();
		assertThat(edited.anonymous()).isTrue();
		recording.remove(planner, id);
		assertThat(records.donation(id)).isEmpty();
		assertThat(audit.of(AuditSubject.plan(plan.id())).stream().limit(2).map(AuditEntry::action))
			.containsExactly(AuditAction.DONATION_REMOVED, AuditAction.DONATION_EDITED);
		assertThat(audit.of(AuditSubject.plan(plan.id())).get(1).before()).isEqualTo(entry.after());
	}

	@Test
	void badInput_isRefusedNamingEachField_andNothingIsStored() {
		int before = records.ofPlan(plan.id()).size();
		int entries = audit.of(AuditSubject.plan(plan.id())).size();
		long sorachiProgram = sorachiProgram();
		// the guide runs FY2020–FY2027, i.e. 2020-04-01 to 2028-03-31
		assertThatThrownBy(() -> recording.record(planner, plan.id(),
				new DonationForm(" ", "2020-03-31", "千円", String.valueOf(sorachiProgram), false, false)))
			.isInstanceOfSatisfying(Refused.class, refused -> assertThat(problems(refused))
				.extracting(FieldProblem::field, p -> p.problem().messageKey())
				.containsExactly(tuple("donor", "donation.donor.required"),
						tuple("receivedOn", "donation.receivedOn.outside-period"),
						tuple("amount", "notation.value.invalid"), tuple("programId", "donation.program.unknown")));
		assertThatThrownBy(() -> recording.record(planner, plan.id(),
				new DonationForm("株式会社テスト", "2028-04-01", "▲100", null, false, false)))
			.isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(problems(refused)).extracting(FieldProblem::field)
						.containsExactly("receivedOn", "amount"));
		assertThat(records.ofPlan(plan.id())).hasSize(before);
		assertThat(audit.of(AuditSubject.plan(plan.id()))).hasSize(entries);
	}

	@Test
	void anotherOrganisationsPlanner_aDepartmentEditorAndAnExpert_areRefused_andNothingChanges() {
		Donation first = records.ofPlan(plan.id()).get(0);
		int entries = audit.of(AuditSubject.plan(plan.id())).size();
		DonationForm form = new DonationForm("乗っ取り株式会社", "2025-05-10", "1,000", null, false, false);
		for (Viewer viewer : List.of(accounts.account("rd-stranger", "yubari", Role.PLANNER),
				accounts.editor("rd-editor", "iwamizawa", "RD 商工労働課"),
				accounts.account("rd-expert", "iwamizawa", Role.EXPERT), Viewer.PUBLIC)) {
			assertThatThrownBy(() -> recording.record(viewer, plan.id(), form)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> recording.edit(viewer, first.id(), form)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> recording.remove(viewer, first.id())).isInstanceOf(AccessDenied.class);
		}
		assertThat(records.donation(first.id())).contains(first);
		assertThat(audit.of(AuditSubject.plan(plan.id()))).hasSize(entries);
	}

	@Test
	void aPlanWithoutABudgetGuide_takesNoDonation() {
		long sorachi = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Viewer bureau = accounts.account("rd-bureau-planner", "sorachi-bureau", Role.PLANNER);
		assertThatThrownBy(() -> recording.record(bureau, sorachi,
				new DonationForm("株式会社テスト", "2024-05-10", "1,000", null, false, false)))
			.isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal())
				.isEqualTo(new Refusal.Conflict(jp.suishin.refusal.Problem.of("donation.budget.none"))));
		assertThat(records.ofPlan(sorachi)).isEmpty();
		assertThat(ledger.of(sorachi)).isEmpty();
	}

	@Test
	void aDesignatedProgramRemovedFromThePlan_leavesItsDonationUndesignated() {
		long node = plans.findProgram(program("創業支援事業")).orElseThrow().nodeId();
		long added = addingProgram.add(planner, node, new ProgramForm("寄附テスト事業", null, null, null));
		long id = recording.record(planner, plan.id(),
				new DonationForm("株式会社指定テスト", "2025-05-10", "700", String.valueOf(added), false, false));
		assertThat(records.donation(id).orElseThrow().programName()).isEqualTo("寄附テスト事業");
		assertThat(ledger.designatedTo(added, FiscalYear.of(2025), SEN_EN)).isEqualByComparingTo("700");
		editingTree.removeProgram(planner, added);
		Donation kept = records.donation(id).orElseThrow();
		assertThat(kept.programId()).isNull();
		assertThat(kept.programName()).isNull();
		assertThat(kept.amount()).isEqualByComparingTo("700");
		recording.remove(planner, id);
	}

	@Test
	void anArchivedPlan_takesNoMoreDonations_andKeepsThoseItHas() {
		// a plan of its own with a guide of 1,000千円 over FY2024–FY2025
		long own = creatingPlan.create(planner,
				new PlanForm(accounts.organisation("iwamizawa"), "寄附アーカイブ試験計画 " + System.nanoTime(), "2024", "2025",
						List.of("基本目標"), null, null),
				new CreatingPlan.PlanSettings(null, jp.suishin.progress.Schemes.DEFAULT,
						jp.suishin.plan.BaselinePolicy.REVISED,
						new jp.suishin.plan.DonationBudget(new BigDecimal("1000"), SEN_EN,
								jp.suishin.notation.FiscalPeriod.of(2024, 2025), null)));
		long id = recording.record(planner, own,
				new DonationForm("株式会社アーカイブ", "2024-10-01", "250", null, false, false));
		// 250 ÷ 1,000 = 25.0%
		assertThat(ledger.of(own).orElseThrow().totals().shareText()).isEqualTo("25.0％");
		editingPlan.archive(planner, own);
		DonationForm more = new DonationForm("株式会社アーカイブ", "2024-11-01", "100", null, false, false);
		assertThatThrownBy(() -> recording.record(planner, own, more)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.refusal())
					.isEqualTo(new Refusal.Conflict(jp.suishin.refusal.Problem.of("donation.plan.archived"))));
		assertThatThrownBy(() -> recording.remove(planner, id)).isInstanceOf(Refused.class);
		assertThat(records.ofPlan(own)).extracting(Donation::id).containsExactly(id);
	}

	long sorachiProgram() {
		long sorachi = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		PlanTree tree = plans.tree(sorachi).orElseThrow();
		return tree.inReadingOrder()
			.stream()
			.flatMap(n -> tree.programs(n.id()).stream())
			.findFirst()
			.orElseThrow()
			.id();
	}

	static List<FieldProblem> problems(Refused refused) {
		return ((Refusal.Invalid) refused.refusal()).problems();
	}

}
