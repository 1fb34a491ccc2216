package jp.suishin.verification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.FormAttempts;
import jp.suishin.refusal.web.ProblemMessages;
import jp.suishin.verification.EffectForm;
import jp.suishin.verification.FollowUp;
import jp.suishin.verification.FollowUpForm;
import jp.suishin.verification.FuturePolicy;
import jp.suishin.verification.GivingOpinions;
import jp.suishin.verification.Opinion;
import jp.suishin.verification.OpinionForm;
import jp.suishin.verification.ProjectEffect;
import jp.suishin.verification.RespondingToOpinions;
import jp.suishin.verification.VerificationQuery;
import jp.suishin.verification.VerificationRecords;
import jp.suishin.verification.VerifyingEffects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's verification page of a fiscal year (効果検証), for the readers of its owner's
 * working data: the experts' opinions with the division's responses and their follow-up,
 * last year's opinions with the forms for their follow-up, and the national
 * effect-verification form. Experts give opinions, planners give them for a named expert
 * and write the responses, follow-up and form. Every form posts, is carried out by a use
 * case, and redirects back; what a use case refuses comes back next to its fields, with
 * what was typed.
 */
@Controller
class VerificationController {

	private final PlanRepository plans;

	private final VerificationQuery query;

	private final VerificationRecords records;

	private final GivingOpinions giving;

	private final RespondingToOpinions responding;

	private final VerifyingEffects verifying;

	private final ProblemMessages messages;

	private final FormAttempts forms;

	private final Clock clock;

	VerificationController(PlanRepository plans, VerificationQuery query, VerificationRecords records,
			GivingOpinions giving, RespondingToOpinions responding, VerifyingEffects verifying,
			ProblemMessages messages, Clock clock) {
		this.plans = plans;
		this.query = query;
		this.records = records;
		this.giving = giving;
		this.responding = responding;
		this.verifying = verifying;
		this.messages = messages;
		this.forms = new FormAttempts(messages, "verification.label.");
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/verification")
	String page(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer, Model model) {
		Plan plan = plans.findById(id).orElseThrow(() -> Refused.notFound("plan " + id));
		FiscalYear shown = YearParameter.of(year).orRefuse("year").orElseGet(() -> defaultYear(plan));
		if (shown.isBefore(plan.period().from()) || shown.isAfter(plan.period().to().next())) {
			throw Refused.notFound("year " + shown + " of plan " + id);
		}
		model.addAttribute("page", query.of(viewer, id, shown));
		model.addAttribute("today", LocalDate.now(clock).toString());
		model.addAttribute("followUps", FollowUp.values());
		model.addAttribute("effects", ProjectEffect.values());
		model.addAttribute("policies", FuturePolicy.values());
		return "verification/verification";
	}

	@PostMapping("/plans/{id}/verification/opinions")
	String give(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		FiscalYear year = year(form);
		return forms.attempt(redirect, locale, "give-opinion", form, "verification.opinion.given",
				back(id, year, "opinions"), () -> giving.give(viewer, id, year, opinionForm(form)));
	}

	@PostMapping("/plans/{id}/verification/opinions/{opinionId}")
	String edit(@PathVariable long id, @PathVariable long opinionId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		Opinion opinion = opinionOf(id, opinionId);
		return forms.attempt(redirect, locale, "opinion-" + opinionId, form, "verification.opinion.saved",
				back(id, opinion.year(), "opinion-" + opinionId),
				() -> giving.edit(viewer, opinionId, opinionForm(form)));
	}

	@PostMapping("/plans/{id}/verification/opinions/{opinionId}/remove")
	String remove(@PathVariable long id, @PathVariable long opinionId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		Opinion opinion = opinionOf(id, opinionId);
		return forms.attempt(redirect, locale, "opinion-" + opinionId, form, "verification.opinion.removed",
				back(id, opinion.year(), "opinions"), () -> giving.remove(viewer, opinionId));
	}

	@PostMapping("/plans/{id}/verification/opinions/{opinionId}/response")
	String respond(@PathVariable long id, @PathVariable long opinionId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		Opinion opinion = opinionOf(id, opinionId);
		return forms.attempt(redirect, locale, "response-" + opinionId, form, "verification.response.saved",
				back(id, opinion.year(), "opinion-" + opinionId),
				() -> responding.respond(viewer, opinionId, form.getFirst("response")));
	}

	/** The follow-up is written on the next year's page, beside last year's opinion. */
	@PostMapping("/plans/{id}/verification/opinions/{opinionId}/follow-up")
	String followUp(@PathVariable long id, @PathVariable long opinionId,
			@RequestParam MultiValueMap<String, String> form, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		Opinion opinion = opinionOf(id, opinionId);
		return forms.attempt(redirect, locale, "follow-up-" + opinionId, form, "verification.follow-up.saved",
				back(id, opinion.year().next(), "previous-" + opinionId), () -> responding.followUp(viewer, opinionId,
						new FollowUpForm(form.getFirst("followUp"), form.getFirst("followUpNote"))));
	}

	@PostMapping("/plans/{id}/verification/effects/{kpiId}")
	String assess(@PathVariable long id, @PathVariable long kpiId, @RequestParam MultiValueMap<String, String> form,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		FiscalYear year = year(form);
		return forms.attempt(redirect, locale, "effect-" + kpiId, form, "verification.effect.saved",
				back(id, year, "effect-" + kpiId),
				() -> verifying.assess(viewer, id, year, kpiId, new EffectForm(form.getFirst("effect"),
						form.getFirst("expertOpinion"), form.getFirst("policy"), form.getFirst("policyReason"))));
	}

	private static OpinionForm opinionForm(MultiValueMap<String, String> form) {
		return new OpinionForm(form.getFirst("subject"), form.getFirst("expert"), form.getFirst("givenOn"),
				form.getFirst("text"));
	}

	/** An opinion of the plan in the URL (another plan's is not found here). */
	private Opinion opinionOf(long planId, long opinionId) {
		return records.opinion(opinionId)
			.filter(o -> o.planId() == planId)
			.orElseThrow(() -> Refused.notFound("opinion " + opinionId + " of plan " + planId));
	}

	/**
	 * The form's year, or {@code null} when unreadable (the use case then refuses it).
	 */
	private static FiscalYear year(MultiValueMap<String, String> form) {
		return FiscalYear.parse(form.getFirst("year")).orElse(null);
	}

	/**
	 * The fiscal year before the current one (the year whose values the experts verify),
	 * or the nearest year of the plan's period.
	 */
	private FiscalYear defaultYear(Plan plan) {
		LocalDate today = LocalDate.now(clock);
		FiscalYear verified = FiscalYear.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1)
			.previous();
		if (verified.isAfter(plan.period().to())) {
			return plan.period().to();
		}
		return verified.isBefore(plan.period().from()) ? plan.period().from() : verified;
	}

	private static String back(long planId, FiscalYear year, String anchor) {
		return "redirect:/plans/" + planId + "/verification" + (year == null ? "" : "?year=" + year.eraLabel()) + "#"
				+ anchor;
	}

}
