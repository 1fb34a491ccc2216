package jp.suishin.donation.web;

import java.util.Locale;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.donation.Donation;
import jp.suishin.donation.DonationForm;
import jp.suishin.donation.DonationLedger;
import jp.suishin.donation.DonationRecords;
import jp.suishin.donation.RecordingDonations;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's corporate donations (企業版ふるさと納税): the public page with the totals against the
 * budget guide and the named donors, and the planners' page that records, edits and
 * removes donations. Every form posts, is carried out by {@link RecordingDonations}, and
 * redirects back; what it refuses comes back next to its fields, with what was typed.
 */
@Controller
class DonationController {

	private final DonationLedger ledger;

	private final DonationRecords records;

	private final RecordingDonations recording;

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final ProblemMessages messages;

	private final FormAttempts forms;

	DonationController(DonationLedger ledger, DonationRecords records, RecordingDonations recording,
			PlanRepository plans, AccessPolicy access, ProblemMessages messages) {
		this.ledger = ledger;
		this.records = records;
		this.recording = recording;
		this.plans = plans;
		this.access = access;
		this.messages = messages;
		this.forms = new FormAttempts(messages, "donation.label.");
	}

	/** The public page: 404 for a plan without a budget guide. */
	@GetMapping("/plans/{id}/donations")
	String donations(@PathVariable long id, Model model) {
		DonationLedger.Ledger shown = ledger(id);
		model.addAttribute("plan", shown.plan());
		model.addAttribute("page", DonationsPage.of(shown));
		return "donation/donations";
	}

	@GetMapping("/plans/{id}/edit/donations")
	String edit(@PathVariable long id, Viewer viewer, Model model) {
		Plan plan = plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id));
		access.requirePlan(viewer, plan.ownerId());
		DonationLedger.Ledger shown = ledger(id);
		PlanTree tree = plans.tree(id).orElseThrow(() -> Refused.notFound("plan " + id));
		model.addAttribute("plan", plan);
		model.addAttribute("page", DonationsPage.of(shown, tree));
		return "donation/edit";
	}

	@PostMapping("/plans/{id}/edit/donations")
	String record(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		return forms.attempt(redirect, locale, "add-donation", form, "donation.added", back(id, null),
				() -> recording.record(viewer, id, donationForm(form)));
	}

	@PostMapping("/plans/{id}/edit/donations/{donationId}")
	String editDonation(@PathVariable long id, @PathVariable long donationId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		donationOf(id, donationId);
		return forms.attempt(redirect, locale, "donation-" + donationId, form, "donation.saved", back(id, donationId),
				() -> recording.edit(viewer, donationId, donationForm(form)));
	}

	@PostMapping("/plans/{id}/edit/donations/{donationId}/remove")
	String remove(@PathVariable long id, @PathVariable long donationId, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		donationOf(id, donationId);
		recording.remove(viewer, donationId);
		redirect.addFlashAttribute("saved", messages.text("donation.removed", locale));
		return back(id, null);
	}

	private DonationLedger.Ledger ledger(long planId) {
		return ledger.of(planId).orElseThrow(() -> Refused.notFound("donations of plan " + planId));
	}

	/** A donation of the plan in the path: one of another plan is not found here. */
	private Donation donationOf(long planId, long donationId) {
		return records.donation(donationId)
			.filter(d -> d.planId() == planId)
			.orElseThrow(() -> Refused.notFound("donation " + donationId + " of plan " + planId));
	}

	static DonationForm donationForm(MultiValueMap<String, String> form) {
		return new DonationForm(form.getFirst("donor"), form.getFirst("receivedOn"), form.getFirst("amount"),
				form.getFirst("programId"), checked(form.getFirst("anonymous")), checked(form.getFirst("example")));
	}

	private static boolean checked(String value) {
		return value != null && (value.equals("on") || value.equals("true"));
	}

	private static String back(long planId, Long donationId) {
		return "redirect:/plans/" + planId + "/edit/donations" + (donationId == null ? "" : "#donation-" + donationId);
	}

}
