package jp.suishin.sampledata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.meeting.HoldingMeetings;
import jp.suishin.meeting.MeetingForm;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sample data's meetings (issue 14), recorded after the plans through the use case
 * the meetings page calls, as a planner of the plan's owner: per file the plan's key and
 * its meetings, each with its kind, its field as the path of node titles from the top of
 * the plan (none for the whole plan), its name, fiscal year, days or timing as written,
 * 実施方式, agenda, attending organisations by key and minutes. A meeting the use case
 * refuses fails the load, naming the entry and the fields.
 */
@Component
class SampleMeetings {

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	private final HoldingMeetings holding;

	private final MessageSource messages;

	SampleMeetings(PlanRepository plans, OrganisationRepository organisations, HoldingMeetings holding,
			MessageSource messages) {
		this.plans = plans;
		this.organisations = organisations;
		this.holding = holding;
		this.messages = messages;
	}

	void importMeetings(YamlEntry file) {
		Plan plan = plans.findByKey(file.required("plan"))
			.orElseThrow(() -> file.fail("no plan '" + file.required("plan") + "'"));
		PlanTree tree = plans.tree(plan.id()).orElseThrow(() -> file.fail("plan without a tree"));
		Viewer loader = new Viewer(0L, SampleDataImport.USER, SampleDataImport.USER, false,
				List.of(new Grant(plan.ownerId(), Role.PLANNER, null)));
		for (YamlEntry meeting : file.children("meetings")) {
			List<String> field = meeting.texts("field");
			String node = field.isEmpty() ? null : String.valueOf(node(tree, field, meeting).id());
			List<String> attendees = meeting.texts("attendees")
				.stream()
				.map(key -> organisations.findByKey(key)
					.map(Organization::id)
					.map(String::valueOf)
					.orElseThrow(() -> meeting.fail("no organisation with key '" + key + "'")))
				.toList();
			MeetingForm form = new MeetingForm(meeting.required("kind"), node, meeting.required("title"),
					meeting.required("year"), meeting.text("firstDay"), meeting.text("secondDay"),
					meeting.text("timing"), meeting.text("method"), meeting.text("agenda"), attendees,
					meeting.text("otherAttendees"), meeting.text("minutes"),
					Boolean.parseBoolean(meeting.text("minutesPublic")));
			try {
				holding.record(loader, plan.id(), form);
			}
			catch (Refused refused) {
				if (refused.refusal() instanceof Refusal.Invalid invalid) {
					throw meeting.fail(invalid.problems()
						.stream()
						.map(p -> p.field() + " "
								+ messages.getMessage(p.problem().messageKey(), p.problem().argumentArray(),
										p.problem().messageKey(), Locale.JAPANESE))
						.collect(Collectors.joining("; ")));
				}
				throw meeting.fail(refused.getMessage());
			}
		}
	}

	/** The node at the end of a path of titles from the top of the plan. */
	private static PlanNode node(PlanTree tree, List<String> path, YamlEntry entry) {
		List<PlanNode> level = tree.roots();
		PlanNode found = null;
		for (String title : path) {
			Optional<PlanNode> next = level.stream().filter(n -> n.title().equals(title)).findFirst();
			if (next.isEmpty()) {
				throw entry.fail("no node '" + title + "' on the path " + path);
			}
			found = next.get();
			level = tree.children(found.id());
		}
		return found;
	}

}
