package jp.suishin.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Viewer;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.Refused;

/**
 * A plan's meetings as a viewer may see them: everybody sees each meeting's kind, field,
 * days, agenda and attendees; its minutes (text and PDF) only when the planners made them
 * public, or for those who read the owner's working data. The one place that decides what
 * of a meeting is shown, for pages and the API alike.
 */
public final class PlanMeetings {

	private final MeetingRecords records;

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final OrganisationRepository organisations;

	public PlanMeetings(MeetingRecords records, PlanRepository plans, AccessPolicy access,
			OrganisationRepository organisations) {
		this.records = records;
		this.plans = plans;
		this.access = access;
		this.organisations = organisations;
	}

	/**
	 * A plan's meetings for the viewer, with whether it may write them.
	 *
	 * @param choices organisations a planner's form offers as attendees (the owner, its
	 * members, the organisation above and those below it); empty unless the viewer plans
	 */
	public record Listing(Plan plan, boolean mayPlan, List<Shown> meetings, List<Organization> choices) {

		/** The meetings of each fiscal year, in the order they were recorded. */
		public Map<String, List<Shown>> byYear() {
			Map<String, List<Shown>> byYear = new LinkedHashMap<>();
			meetings.forEach(m -> byYear.computeIfAbsent(m.content().year().eraLabel(), y -> new ArrayList<>()).add(m));
			return byYear;
		}

		/**
		 * The attendees a meeting's form offers: the choices and those it already names.
		 */
		public List<Organization> choicesFor(Shown meeting) {
			Map<Long, Organization> all = new LinkedHashMap<>();
			choices.forEach(o -> all.put(o.id(), o));
			meeting.attendees().forEach(o -> all.putIfAbsent(o.id(), o));
			return List.copyOf(all.values());
		}

	}

	/**
	 * A meeting as shown: its field's title, its attendees' names, and the minutes and
	 * PDF only when {@code minutesShown}.
	 */
	public record Shown(long id, MeetingContent content, String nodeTitle, List<Organization> attendees,
			boolean minutesShown, Optional<Meeting.Attachment> attachment) {

		/** The attendees' names as the pages print them: 岩見沢市、夕張市. */
		public String attendeeNames() {
			return String.join("、", attendees.stream().map(Organization::name).toList());
		}

		/** The agenda's lines, as written. */
		public List<String> agendaLines() {
			return lines(content.agenda());
		}

		/** The minutes' lines when they may be shown, else none. */
		public List<String> minutesLines() {
			return lines(minutes());
		}

		private static List<String> lines(String text) {
			return text == null ? List.of() : List.of(text.split("\n"));
		}

		/** The minutes text when it may be shown, else {@code null}. */
		public String minutes() {
			return minutesShown ? content.minutes() : null;
		}

	}

	/** The PDF of a meeting's minutes as stored. */
	public record Pdf(String fileName, byte[] bytes) {
	}

	/**
	 * @throws Refused not found for an unknown plan
	 */
	public Listing of(Viewer viewer, long planId) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		Rights rights = access.on(viewer, plan.ownerId());
		Optional<PlanTree> tree = plans.tree(planId);
		OrganisationTree organisationTree = organisations.tree();
		List<Shown> shown = records.meetingsOf(planId)
			.stream()
			.map(meeting -> shown(meeting, rights, tree, organisationTree))
			.toList();
		return new Listing(plan, rights.plan() && plans.archivedAt(planId).isEmpty(), shown,
				rights.plan() ? choices(plan, organisationTree) : List.of());
	}

	/**
	 * One meeting of the plan for the viewer.
	 * @throws Refused not found for an unknown meeting or one of another plan
	 */
	public Shown one(Viewer viewer, long planId, long meetingId) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		Meeting meeting = records.meeting(meetingId)
			.filter(m -> m.planId() == planId)
			.orElseThrow(() -> Refused.notFound("meeting " + meetingId + " of plan " + planId));
		return shown(meeting, access.on(viewer, plan.ownerId()), plans.tree(planId), organisations.tree());
	}

	/**
	 * The PDF of a meeting's minutes, for a viewer who may read them; not found for
	 * anyone else, as for a meeting without one.
	 */
	public Pdf attachment(Viewer viewer, long planId, long meetingId) {
		Shown meeting = one(viewer, planId, meetingId);
		if (!meeting.minutesShown() || meeting.attachment().isEmpty()) {
			throw Refused.notFound("minutes of meeting " + meetingId);
		}
		byte[] bytes = records.attachmentBytes(meetingId)
			.orElseThrow(() -> Refused.notFound("minutes of meeting " + meetingId));
		return new Pdf(meeting.attachment().get().fileName(), bytes);
	}

	/** The plan of a meeting, for the channels that address a meeting by its id alone. */
	public long planOf(long meetingId) {
		return records.meeting(meetingId)
			.map(Meeting::planId)
			.orElseThrow(() -> Refused.notFound("meeting " + meetingId));
	}

	private static Shown shown(Meeting meeting, Rights rights, Optional<PlanTree> tree,
			OrganisationTree organisations) {
		MeetingContent content = meeting.content();
		String nodeTitle = content.nodeId() == null ? null
				: tree.flatMap(t -> t.node(content.nodeId())).map(PlanNode::label).orElse(null);
		List<Organization> attendees = content.attendeeIds()
			.stream()
			.map(organisations::find)
			.flatMap(Optional::stream)
			.toList();
		boolean minutesShown = content.minutesPublic() || rights.readWorking();
		return new Shown(meeting.id(), content, nodeTitle, attendees, minutesShown,
				minutesShown ? meeting.attachment() : Optional.empty());
	}

	private static List<Organization> choices(Plan plan, OrganisationTree tree) {
		Map<Long, Organization> choices = new LinkedHashMap<>();
		tree.find(plan.ownerId()).ifPresent(owner -> {
			choices.put(owner.id(), owner);
			for (Membership member : tree.membersOf(owner.id())) {
				choices.put(member.member().id(), member.member());
			}
			if (owner.parentId() != null) {
				tree.find(owner.parentId()).ifPresent(parent -> choices.put(parent.id(), parent));
			}
			for (long child : tree.children().getOrDefault(owner.id(), List.of())) {
				tree.find(child).ifPresent(c -> choices.put(c.id(), c));
			}
		});
		return List.copyOf(choices.values());
	}

}
