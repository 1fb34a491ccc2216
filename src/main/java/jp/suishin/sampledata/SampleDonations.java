package jp.suishin.sampledata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.donation.DonationForm;
import jp.suishin.donation.RecordingDonations;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sample data's example donations (issue 14): no seed lists a donation, only the
 * budget guide, so every donation of a file under {@code donations/} is an example,
 * stored with the example flag (例示) through the use case the planners' page calls, with
 * its checks. A file names its plan and, per entry, the donor, the day received, the
 * amount as written, optionally the designated program by name and whether the donor is
 * anonymous.
 */
@Component
class SampleDonations {

	private final PlanRepository plans;

	private final RecordingDonations recording;

	private final MessageSource messages;

	SampleDonations(PlanRepository plans, RecordingDonations recording, MessageSource messages) {
		this.plans = plans;
		this.recording = recording;
		this.messages = messages;
	}

	/** Records the example donations of one file, once its plan is loaded. */
	void importDonations(YamlEntry file) {
		Plan plan = plans.findByKey(file.required("plan"))
			.orElseThrow(() -> file.fail("no plan '" + file.required("plan") + "'"));
		PlanTree tree = plans.tree(plan.id()).orElseThrow(() -> file.fail("no tree of plan " + plan.key()));
		List<Program> programs = tree.inReadingOrder().stream().flatMap(n -> tree.programs(n.id()).stream()).toList();
		Viewer planner = new Viewer(0L, SampleDataImport.USER, SampleDataImport.USER, false,
				List.of(new Grant(plan.ownerId(), Role.PLANNER, null)));
		for (YamlEntry entry : file.children("examples")) {
			String program = null;
			if (entry.has("program")) {
				program = programs.stream()
					.filter(p -> p.name().equals(entry.text("program")))
					.map(p -> String.valueOf(p.id()))
					.findFirst()
					.orElseThrow(() -> entry.fail("no program '" + entry.text("program") + "' in the plan"));
			}
			DonationForm form = new DonationForm(entry.required("donor"), entry.required("receivedOn"),
					entry.required("amount"), program, Boolean.parseBoolean(entry.text("anonymous")), true);
			try {
				recording.record(planner, plan.id(), form);
			}
			catch (Refused refused) {
				if (refused.refusal() instanceof Refusal.Invalid invalid) {
					throw entry.fail(invalid.problems()
						.stream()
						.map(p -> p.field() + " "
								+ messages.getMessage(p.problem().messageKey(), p.problem().arguments().toArray(),
										Locale.JAPANESE))
						.collect(Collectors.joining("; ")));
				}
				throw entry.fail(refused.getMessage());
			}
		}
	}

}
