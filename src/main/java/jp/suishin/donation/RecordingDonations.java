package jp.suishin.donation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.plan.DonationBudget;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * Records, edits and removes a plan's donations, for the pages, the API and the sample
 * data alike. Only the planners of the plan's owner may, on a plan with a budget guide
 * that is not archived. Every change is a plan audit entry, which also moves the stamps
 * of the plan's public pages (the plan page shows the totals). Whatever the form refuses,
 * nothing is stored.
 */
public final class RecordingDonations {

	private final DonationRecords records;

	private final PlanRepository plans;

	private final PlanPlanners planners;

	private final AuditTrail audit;

	private final InOneTransaction work;

	private final Clock clock;

	public RecordingDonations(DonationRecords records, PlanRepository plans, PlanPlanners planners, AuditTrail audit,
			InOneTransaction work, Clock clock) {
		this.records = records;
		this.plans = plans;
		this.planners = planners;
		this.audit = audit;
		this.work = work;
		this.clock = clock;
	}

	/**
	 * Records a donation received by the plan.
	 * @return its id
	 * @throws Refused invalid naming the fields ({@code donor}, {@code receivedOn},
	 * {@code amount}, {@code programId}); conflict when the plan has no budget guide or
	 * is archived; not found; forbidden unless the viewer plans for the plan's owner
	 */
	public long record(Viewer viewer, long planId, DonationForm form) {
		return work.run(() -> {
			Plan plan = writable(viewer, planId);
			DonationContent content = checked(plan, form);
			long id = records.add(planId, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(planId), AuditAction.DONATION_RECORDED, detail(id, content),
					null, content.described(), null);
			return id;
		});
	}

	/** Changes what a donation says; it stays the plan's. */
	public void edit(Viewer viewer, long donationId, DonationForm form) {
		work.run(() -> {
			Donation donation = donation(donationId);
			Plan plan = writable(viewer, donation.planId());
			DonationContent content = checked(plan, form);
			records.update(donationId, content, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.DONATION_EDITED,
					detail(donationId, content), donation.content().described(), content.described(), null);
			return null;
		});
	}

	public void remove(Viewer viewer, long donationId) {
		work.run(() -> {
			Donation donation = donation(donationId);
			Plan plan = writable(viewer, donation.planId());
			records.remove(donationId);
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()), AuditAction.DONATION_REMOVED,
					detail(donationId, donation.content()), donation.content().described(), null, null);
			return null;
		});
	}

	private Donation donation(long donationId) {
		return records.donation(donationId).orElseThrow(() -> Refused.notFound("donation " + donationId));
	}

	/** The plan, when the viewer plans for its owner and it takes donations now. */
	private Plan writable(Viewer viewer, long planId) {
		Plan plan = planners.require(viewer, planId);
		if (plans.archivedAt(planId).isPresent()) {
			throw Refused.conflict("donation.plan.archived");
		}
		if (plan.donationBudget() == null) {
			throw Refused.conflict("donation.budget.none");
		}
		return plan;
	}

	private DonationContent checked(Plan plan, DonationForm form) {
		DonationBudget budget = plan.donationBudget();
		List<FieldProblem> problems = new ArrayList<>();
		DonationContent content = form.checked(budget, programsOf(plan), LocalDate.now(clock), problems);
		if (!problems.isEmpty()) {
			throw Refused.invalid(problems);
		}
		return content;
	}

	/** The plan's current programs: those a donation may be designated to. */
	private Set<Long> programsOf(Plan plan) {
		PlanTree tree = plans.tree(plan.id()).orElseThrow(() -> Refused.notFound("plan " + plan.id()));
		return tree.inReadingOrder()
			.stream()
			.flatMap(node -> tree.programs(node.id()).stream())
			.map(Program::id)
			.collect(Collectors.toSet());
	}

	private static String detail(long donationId, DonationContent content) {
		return content.year().eraLabel() + " donation " + donationId;
	}

}
