package jp.suishin.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.OpeningAccount;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The yearly collection on the embedded database, step by step: who may take which step,
 * what is refused and why, what the public sees, and reminders that really go out by SMTP
 * (to a local GreenMail server).
 */
@SpringBootTest
@DirtiesContext
class CollectionWorkflowTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	CollectingValues collecting;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	CollectionQuery query;

	@Autowired
	ValueEntryGate gate;

	@Autowired
	Publication publication;

	@Autowired
	KpiRepository kpis;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	OpeningAccount opening;

	@Autowired
	DepartmentRepository departments;

	TestAccounts accounts;

	Viewer planner;

	Viewer farming;

	Viewer planning;

	Viewer expert;

	long plan;

	List<Kpi> planKpis;

	@BeforeEach
	void accounts() {
		accounts = testAccounts;
		planner = accounts.account("cw-planner", "sorachi-bureau", Role.PLANNER);
		farming = accounts.editor("cw-farming", "sorachi-bureau", "農務課");
		planning = accounts.editor("cw-planning", "sorachi-bureau", "地域政策課");
		expert = accounts.account("cw-expert", "sorachi-bureau", Role.EXPERT);
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		planKpis = kpis.findByPlan(plan);
	}

	long open(int year) {
		CollectingValues.Opening opening = collecting.open(planner, plan, Integer.toString(year),
				LocalDate.now().plusDays(30).toString());
		assertThat(opening.problems()).isEmpty();
		return opening.collectionId();
	}

	Department department(String name) {
		return accounts.department("sorachi-bureau", name);
	}

	/**
	 * Enters a value the one way the pages, the API and uploads do; a closed gate throws.
	 */
	RecordingOutcome enter(Viewer viewer, Kpi kpi, int year, String value) {
		RecordingOutcome outcome = gate.enter(viewer,
				new ValueEntry(kpi.id(), Integer.toString(year), value, "確定", null, null, "出典", null));
		if (outcome instanceof RecordingOutcome.Rejected rejected
				&& rejected.kind() == RecordingOutcome.Kind.CONFLICT) {
			throw new CollectionRefused(rejected.problems().get(0).problem().messageKey());
		}
		return outcome;
	}

	@Test
	void openingIsRefusedWithReasonsPerField_andOnlyAPlannerMayOpen() {
		assertThat(collecting.open(planner, plan, "R20", "2099-01-01").problems()).containsOnlyKeys("year");
		assertThat(collecting.open(planner, plan, "2026", "来月").problems()).containsOnlyKeys("deadline");
		assertThat(collecting.open(planner, plan, "2026", "2000-01-01").problems()).containsOnlyKeys("deadline");
		assertThatThrownBy(() -> collecting.open(farming, plan, "2026", "2099-01-01")).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> collecting.open(Viewer.PUBLIC, plan, "2026", "2099-01-01"))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void aValueGoesThroughEnterSubmitReturnCorrectApproveReopen_andEveryStepIsAudited() {
		long collection = open(2026);
		assertThat(collecting.open(planner, plan, "2026", "2099-01-01").problems()).containsOnlyKeys("year");
		Kpi mine = planKpis.get(0);
		Kpi theirs = planKpis.get(1);
		collecting.assign(planner, mine.id(), department("農務課").id());
		collecting.assign(planner, theirs.id(), department("地域政策課").id());

		assertThatThrownBy(() -> collecting.submit(farming, collection, mine.id())).isInstanceOfSatisfying(
				CollectionRefused.class,
				ex -> assertThat(ex.problem().messageKey()).isEqualTo("collection.submit.no-value"));
		assertThat(enter(farming, mine, 2026, "1,000")).isInstanceOf(RecordingOutcome.Recorded.class);
		assertThatThrownBy(() -> enter(farming, theirs, 2026, "5")).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> collecting.submit(farming, collection, theirs.id())).isInstanceOf(AccessDenied.class);
		collecting.submit(farming, collection, mine.id());
		assertThatThrownBy(() -> enter(farming, mine, 2026, "1,100")).isInstanceOf(CollectionRefused.class)
			.hasMessage("collection.value.submitted");

		assertThatThrownBy(() -> collecting.returnValue(farming, collection, mine.id(), "no"))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> collecting.returnValue(planner, collection, mine.id(), " ")).isInstanceOfSatisfying(
				jp.suishin.refusal.Refused.class,
				ex -> assertThat(ex.refusal()).isEqualTo(jp.suishin.refusal.Refusal.Invalid.of("comment",
						jp.suishin.refusal.Problem.of("collection.return.comment-required"))));
		collecting.returnValue(planner, collection, mine.id(), "単位が千人ではありませんか");
		assertThat(enter(farming, mine, 2026, "1,200")).isInstanceOf(RecordingOutcome.Recorded.class);
		collecting.submit(farming, collection, mine.id());
		assertThatThrownBy(() -> collecting.approve(expert, collection, mine.id())).isInstanceOf(AccessDenied.class);
		collecting.approve(planner, collection, mine.id());

		assertThatThrownBy(() -> enter(farming, mine, 2026, "1,300")).hasMessage("collection.value.locked");
		assertThatThrownBy(() -> enter(planner, mine, 2026, "1,300")).hasMessage("collection.value.locked");
		assertThatThrownBy(() -> collecting.reopen(planner, collection, mine.id(), "")).isInstanceOfSatisfying(
				jp.suishin.refusal.Refused.class,
				ex -> assertThat(ex.refusal()).isInstanceOf(jp.suishin.refusal.Refusal.Invalid.class));
		collecting.reopen(planner, collection, mine.id(), "県の確定値が公表されたため");
		assertThat(enter(farming, mine, 2026, "1,250")).isInstanceOf(RecordingOutcome.Recorded.class);

		List<AuditEntry> trail = audit.of(AuditSubject.kpi(mine.id()));
		assertThat(trail).extracting(AuditEntry::action)
			.containsSubsequence(AuditAction.VALUE_SET, AuditAction.VALUE_REOPENED, AuditAction.VALUE_APPROVED,
					AuditAction.VALUE_SUBMITTED, AuditAction.VALUE_SET, AuditAction.VALUE_RETURNED,
					AuditAction.VALUE_SUBMITTED, AuditAction.VALUE_SET, AuditAction.DEPARTMENT_ASSIGNED);
		assertThat(trail).filteredOn(e -> e.action() == AuditAction.VALUE_RETURNED)
			.extracting(AuditEntry::actor, AuditEntry::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cw-planner", "単位が千人ではありませんか"));
		assertThat(trail).filteredOn(e -> e.action() == AuditAction.VALUE_REOPENED)
			.extracting(AuditEntry::reason)
			.containsExactly("県の確定値が公表されたため");
		assertThat(audit.of(AuditSubject.plan(plan))).extracting(AuditEntry::action)
			.contains(AuditAction.COLLECTION_OPENED);
	}

	@Test
	void theYearLocksOnlyWhenEveryValueIsApproved_andTheDepartmentSeesOnlyItsOwnRows() {
		long collection = open(2027);
		Kpi first = planKpis.get(0);
		collecting.assign(planner, first.id(), department("農務課").id());
		for (Kpi kpi : planKpis) {
			enter(planner, kpi, 2027, "10");
			collecting.submit(planner, collection, kpi.id());
		}
		assertThat(query.overview(farming, collection).rows()).extracting(r -> r.kpi().id())
			.containsExactly(first.id());
		assertThat(query.overview(expert, collection).rows()).hasSize(planKpis.size());
		assertThat(query.overview(planner, collection).progress())
			.anySatisfy(p -> assertThat(p.submitted()).isEqualTo(p.total()));

		for (Kpi kpi : planKpis.subList(1, planKpis.size())) {
			collecting.approve(planner, collection, kpi.id());
		}
		assertThatThrownBy(() -> collecting.lock(planner, collection)).isInstanceOfSatisfying(CollectionRefused.class,
				ex -> assertThat(ex.problem().arguments()).containsExactly(1L));
		collecting.approve(planner, collection, first.id());
		collecting.lock(planner, collection);
		assertThat(query.overview(planner, collection).collection().state()).isEqualTo(CollectionState.LOCKED);
		assertThatThrownBy(() -> collecting.approve(planner, collection, first.id()))
			.isInstanceOf(CollectionRefused.class);

		collecting.reopen(planner, collection, first.id(), "誤記の訂正");
		assertThat(query.overview(planner, collection).collection().state()).isEqualTo(CollectionState.OPEN);
		assertThat(audit.of(AuditSubject.plan(plan))).extracting(AuditEntry::action)
			.contains(AuditAction.COLLECTION_LOCKED);
	}

	@Test
	void thePublicSeesAValueOfACollectedYearOnlyOnceApproved() {
		long collection = open(2028);
		Kpi kpi = planKpis.get(0);
		enter(planner, kpi, 2028, "77");
		var value = kpis.findValue(kpi.id(), FiscalYear.of(2028)).orElseThrow();
		assertThat(publication.ofKpi(planner, kpi.id()).visible().test(value)).isTrue();
		assertThat(publication.ofKpi(expert, kpi.id()).visible().test(value)).isTrue();
		assertThat(publication.ofKpi(Viewer.PUBLIC, kpi.id()).visible().test(value)).isFalse();
		Viewer outsider = accounts.account("cw-outsider", "iwamizawa", Role.PLANNER);
		assertThat(publication.ofKpi(outsider, kpi.id()).visible().test(value)).isFalse();
		collecting.submit(planner, collection, kpi.id());
		collecting.approve(planner, collection, kpi.id());
		assertThat(publication.ofKpi(Viewer.PUBLIC, kpi.id()).visible().test(value)).isTrue();
	}

	@Test
	void remindersGoByMailToTheEditorsOfDepartmentsWithValuesOutstanding_andShowOnTheirPage() throws Exception {
		long collection = open(2029);
		Kpi kpi = planKpis.get(0);
		Kpi other = planKpis.get(1);
		collecting.assign(planner, kpi.id(), department("農務課").id());
		collecting.assign(planner, other.id(), department("地域政策課").id());
		enter(planning, other, 2029, "3");
		collecting.submit(planning, collection, other.id());
		smtp.purgeEmailFromAllMailboxes();

		assertThatThrownBy(() -> collecting.remind(farming, collection, "s", "b")).isInstanceOf(AccessDenied.class);
		CollectingValues.Reminding reminding = collecting.remind(planner, collection, "【推進】提出のお願い",
				"令和11年度の実績値を提出してください。");

		assertThat(reminding.mailed()).isTrue();
		assertThat(reminding.departments()).isGreaterThanOrEqualTo(1);
		MimeMessage[] received = smtp.getReceivedMessages();
		List<String> recipients = new java.util.ArrayList<>();
		for (MimeMessage message : received) {
			recipients.add(GreenMailUtil.getAddressList(message.getAllRecipients()));
		}
		assertThat(recipients).contains("cw-farming@example.jp").doesNotContain("cw-planning@example.jp");
		MimeMessage toFarming = received[recipients.indexOf("cw-farming@example.jp")];
		assertThat(toFarming.getSubject()).isEqualTo("【推進】提出のお願い");
		assertThat(GreenMailUtil.getBody(toFarming)).isNotBlank();
		assertThat(query.remindersFor(farming)).extracting(r -> r.reminder().message())
			.contains("令和11年度の実績値を提出してください。");
		assertThat(query.remindersFor(planning)).isEmpty();
		assertThat(audit.of(AuditSubject.plan(plan))).extracting(AuditEntry::action)
			.contains(AuditAction.REMINDER_SENT);
	}

}
