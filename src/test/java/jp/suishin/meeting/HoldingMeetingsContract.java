package jp.suishin.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recording the meetings of the South Sorachi settlement zone's vision, whose plan the
 * center city's planners write and the members' planners read: on the embedded database
 * ({@link HoldingMeetingsOnEmbeddedDatabaseTests}) and on PostgreSQL
 * ({@link HoldingMeetingsOnPostgresTests}).
 */
abstract class HoldingMeetingsContract {

	static final String PLAN = "south-sorachi-vision";

	@Autowired
	HoldingMeetings holding;

	@Autowired
	AttachingMinutes attaching;

	@Autowired
	PlanMeetings meetings;

	@Autowired
	MeetingRecords records;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	jp.suishin.authoring.EditingPlan editingPlan;

	long plan;

	PlanTree tree;

	Viewer planner;

	Viewer member;

	@BeforeEach
	void zone() {
		plan = plans.findByKey(PLAN).orElseThrow().id();
		tree = plans.tree(plan).orElseThrow();
		planner = accounts.account("hm-iwamizawa-planner", "iwamizawa", Role.PLANNER);
		member = accounts.account("hm-yubari-planner", "yubari", Role.PLANNER);
	}

	@Test
	void theCenterCitysPlanner_recordsEditsAndRemovesAMeeting_eachStepAuditedOnThePlan() {
		PlanNode transport = field("公共交通");
		long iwamizawa = accounts.organisation("iwamizawa");
		long yubari = accounts.organisation("yubari");
		int before = records.meetingsOf(plan).size();
		long id = holding.record(planner, plan,
				new MeetingForm("WORKING_GROUP", String.valueOf(transport.id()), "公共交通（第３回）", "R6", "11/7", null, null,
						null, "・分野別のＫＰＩの設定", List.of(String.valueOf(iwamizawa), String.valueOf(yubari)), "交通事業者",
						"ＫＰＩ案を確認した。", false));
		Meeting recorded = records.meeting(id).orElseThrow();
		assertThat(recorded.planId()).isEqualTo(plan);
		assertThat(recorded.content().nodeId()).isEqualTo(transport.id());
		assertThat(recorded.content().firstDay()).isEqualTo(LocalDate.of(2024, 11, 7));
		assertThat(recorded.content().attendeeIds()).containsExactly(iwamizawa, yubari);
		assertThat(records.meetingsOf(plan)).hasSize(before + 1);
		AuditEntry entry = audit.of(AuditSubject.plan(plan)).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.MEETING_RECORDED);
		assertThat(entry.actor()).isEqualTo("hm-iwamizawa-planner");

		holding.edit(planner, id, new MeetingForm("WORKING_GROUP", "", "公共交通（第３回）", "R6", "11/7", "11/21", null, null,
				null, List.of(String.valueOf(yubari)), null, null, false));
		MeetingContent edited = records.meeting(id).orElseThrow().content();
		assertThat(edited.nodeId()).isNull();
		assertThat(edited.secondDay()).isEqualTo(LocalDate.of(2024, 11, 21));
		assertThat(edited.attendeeIds()).containsExactly(yubari);
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.MEETING_EDITED);

		holding.remove(planner, id);
		assertThat(records.meeting(id)).isEmpty();
		assertThat(records.meetingsOf(plan)).hasSize(before);
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.MEETING_REMOVED);
	}

	@Test
	void badInput_isNamedByItsField_andNothingIsStored() {
		int meetingsBefore = records.meetingsOf(plan).size();
		int auditBefore = audit.of(AuditSubject.plan(plan)).size();
		long otherPlansNode = plans.tree(plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id())
			.orElseThrow()
			.roots()
			.get(0)
			.id();
		assertThat(
				fields(() -> holding.record(planner, plan,
						new MeetingForm("WORKING_GROUP", String.valueOf(otherPlansNode), "部会", "R6", "2024-03-31", null,
								null, null, null, List.of("987654321"), null, null, false))))
			.containsExactly("firstDay");
		// the references are checked once the form itself is right
		assertThat(
				fields(() -> holding.record(planner, plan,
						new MeetingForm("WORKING_GROUP", String.valueOf(otherPlansNode), "部会", "R6", "2024-08-08", null,
								null, null, null, List.of("987654321"), null, null, false))))
			.containsExactly("node", "attendees");
		assertThat(fields(() -> holding.record(planner, plan,
				new MeetingForm("MEETUP", null, "", "R6", null, null, null, null, null, List.of(), null, null, false))))
			.containsExactly("kind", "title");
		assertThat(records.meetingsOf(plan)).hasSize(meetingsBefore);
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(auditBefore);
	}

	@Test
	void aMembersPlanner_anotherOrganisationsPlanner_andADepartmentEditor_areRefused_changingNothing() {
		Meeting first = records.meetingsOf(plan).get(0);
		Viewer stranger = accounts.account("hm-sorachi-planner", "sorachi-bureau", Role.PLANNER);
		Viewer editor = accounts.editor("hm-iwamizawa-editor", "iwamizawa", "HM 企画財政部");
		MeetingForm form = new MeetingForm("COMMITTEE", null, "乗っ取り", "R6", "10/1", null, null, null, null, List.of(),
				null, null, false);
		for (Viewer viewer : List.of(member, stranger, editor, Viewer.PUBLIC)) {
			assertThatThrownBy(() -> holding.record(viewer, plan, form)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> holding.edit(viewer, first.id(), form)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> holding.remove(viewer, first.id())).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(
					() -> attaching.attach(viewer, first.id(), PdfCheckTests.pdf(), "application/pdf", "a.pdf"))
				.isInstanceOf(AccessDenied.class);
		}
		assertThat(records.meeting(first.id())).contains(first);
	}

	@Test
	void minutesThatAreNotPublic_areShownOnlyToThoseWhoReadTheZonesWorkingData() {
		long id = holding.record(planner, plan, new MeetingForm("COMMITTEE", null, "第３回共生ビジョン懇談会（記録）", "R6",
				"2025-02-10", null, null, null, null, List.of(), null, "素案に対する意見を確認した。", false));
		attaching.attach(planner, id, PdfCheckTests.pdf(), "application/pdf", "第3回懇談会.pdf");

		PlanMeetings.Shown toPublic = shown(Viewer.PUBLIC, id);
		assertThat(toPublic.content().title()).isEqualTo("第３回共生ビジョン懇談会（記録）");
		assertThat(toPublic.minutes()).isNull();
		assertThat(toPublic.attachment()).isEmpty();
		assertThatThrownBy(() -> meetings.attachment(Viewer.PUBLIC, plan, id)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.refusal()).isInstanceOf(Refusal.NotFound.class));
		// a member's planner reads the collaboration's plan, minutes included
		assertThat(shown(member, id).minutes()).isEqualTo("素案に対する意見を確認した。");
		assertThat(meetings.attachment(member, plan, id).bytes()).isEqualTo(PdfCheckTests.pdf());
		assertThat(meetings.attachment(member, plan, id).fileName()).isEqualTo("第3回懇談会.pdf");

		holding.edit(planner, id, new MeetingForm("COMMITTEE", null, "第３回共生ビジョン懇談会（記録）", "R6", "2025-02-10", null, null,
				null, null, List.of(), null, "素案に対する意見を確認した。", true));
		assertThat(shown(Viewer.PUBLIC, id).minutes()).isEqualTo("素案に対する意見を確認した。");
		assertThat(meetings.attachment(Viewer.PUBLIC, plan, id).bytes()).isEqualTo(PdfCheckTests.pdf());
		// the PDF stays when the meeting is edited, and goes with it
		attaching.detach(planner, id);
		assertThat(records.attachmentBytes(id)).isEmpty();
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.MEETING_MINUTES_DETACHED);
		holding.remove(planner, id);
	}

	@Test
	void aFileThatIsNoPdf_isRefusedNamingThePdf_andTheEarlierPdfStays() {
		long id = holding.record(planner, plan, new MeetingForm("HEARING", null, "ヒアリング", "R6", null, null, null, null,
				null, List.of(), null, "概要", false));
		attaching.attach(planner, id, PdfCheckTests.pdf(), "application/pdf", "first.pdf");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		assertThat(fields(() -> attaching.attach(planner, id, png, "application/pdf", "second.pdf")))
			.containsExactly("pdf");
		assertThat(records.meeting(id).orElseThrow().attachment().orElseThrow().fileName()).isEqualTo("first.pdf");
		holding.remove(planner, id);
		assertThat(records.attachmentBytes(id)).isEmpty();
	}

	@Test
	void anArchivedPlan_takesNoMoreMeetings_andItsPageOffersNoForm() {
		// Iwamizawa's own plan, which no other test of this class touches
		long own = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		long id = holding.record(planner, own, new MeetingForm("COMMITTEE", null, "効果検証の懇談会", "R6", "10/15", null, null,
				null, null, List.of(), null, null, false));
		editingPlan.archive(planner, own);
		MeetingForm form = new MeetingForm("COMMITTEE", null, "次の懇談会", "R6", "11/15", null, null, null, null, List.of(),
				null, null, false);
		assertThatThrownBy(() -> holding.record(planner, own, form)).isInstanceOfSatisfying(Refused.class,
				refused -> assertThat(refused.refusal())
					.isEqualTo(new Refusal.Conflict(jp.suishin.refusal.Problem.of("meeting.plan.archived"))));
		assertThatThrownBy(() -> holding.remove(planner, id)).isInstanceOf(Refused.class);
		assertThat(records.meeting(id)).isPresent();
		assertThat(meetings.of(planner, own).mayPlan()).isFalse();
		assertThat(meetings.of(planner, own).meetings()).extracting(PlanMeetings.Shown::id).containsExactly(id);
	}

	PlanMeetings.Shown shown(Viewer viewer, long id) {
		return meetings.of(viewer, plan).meetings().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
	}

	PlanNode field(String title) {
		return tree.inReadingOrder()
			.stream()
			.filter(n -> n.depth() == 2 && n.title().equals(title))
			.findFirst()
			.orElseThrow();
	}

	static List<String> fields(Runnable refusedAction) {
		try {
			refusedAction.run();
		}
		catch (Refused refused) {
			return ((Refusal.Invalid) refused.refusal()).problems().stream().map(FieldProblem::field).toList();
		}
		throw new AssertionError("not refused");
	}

}
