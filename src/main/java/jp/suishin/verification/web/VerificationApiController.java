package jp.suishin.verification.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.document.ReportDocument.Figure;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.refusal.Refused;
import jp.suishin.verification.EffectAssessment;
import jp.suishin.verification.EffectForm;
import jp.suishin.verification.EffectLine;
import jp.suishin.verification.FollowUpForm;
import jp.suishin.verification.GivingOpinions;
import jp.suishin.verification.Opinion;
import jp.suishin.verification.OpinionForm;
import jp.suishin.verification.OpinionLine;
import jp.suishin.verification.RespondingToOpinions;
import jp.suishin.verification.VerificationQuery;
import jp.suishin.verification.VerificationYear;
import jp.suishin.verification.VerifyingEffects;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A plan's verification through the API under /api/v1, for the readers of its owner's
 * working data: the same use cases as the page, with the same checks of who is asking.
 * Refusals are problem details (404 for what the viewer may not see, 403 for a step it
 * may not take, 409 for an opinion already responded to, 422 with {@code errors} per
 * field).
 */
@RestController
@RequestMapping("/api/v1")
class VerificationApiController {

	private final VerificationQuery query;

	private final GivingOpinions giving;

	private final RespondingToOpinions responding;

	private final VerifyingEffects verifying;

	VerificationApiController(VerificationQuery query, GivingOpinions giving, RespondingToOpinions responding,
			VerifyingEffects verifying) {
		this.query = query;
		this.giving = giving;
		this.responding = responding;
		this.verifying = verifying;
	}

	record OpinionRequest(String year, String subject, String expert, String givenOn, String text) {
	}

	record ResponseRequest(String response) {
	}

	record FollowUpRequest(String status, String note) {
	}

	record EffectRequest(String effect, String expertOpinion, String policy, String policyReason) {
	}

	record CreatedJson(long id) {
	}

	record OpinionJson(long id, long planId, int fiscalYear, String subject, String subjectKind, Long subjectId,
			String subjectTitle, String expert, LocalDate givenOn, String text, String response, String followUp,
			String followUpNote) {

		static OpinionJson of(OpinionLine line) {
			Opinion o = line.opinion();
			return new OpinionJson(o.id(), o.planId(), o.year().value(), o.subject().written(),
					o.subject().kind().code(), o.subject().id(), line.subjectTitle(), o.expert(), o.givenOn(), o.text(),
					o.response(), o.followUp() == null ? null : o.followUp().code(), o.followUpNote());
		}

	}

	record EffectJson(long kpiId, String kpiKey, String indicator, String unit, String target, String actual,
			String effect, String expertOpinion, String policy, String policyReason) {

		static EffectJson of(EffectLine line) {
			EffectAssessment a = line.assessment();
			return new EffectJson(line.kpiId(), line.kpiKey(), line.name(), line.unit(), text(line.target()),
					text(line.actual()), a == null || a.effect() == null ? null : a.effect().code(),
					a == null ? null : a.expertOpinion(), a == null || a.policy() == null ? null : a.policy().code(),
					a == null ? null : a.policyReason());
		}

		private static String text(Figure figure) {
			return figure == null ? null : figure.text();
		}

	}

	record VerificationJson(long planId, int fiscalYear, String era, List<OpinionJson> opinions,
			List<OpinionJson> previous, List<EffectJson> effects) {
	}

	/** The year's opinions, last year's with their follow-up, and the effect form. */
	@GetMapping("/plans/{id}/verification")
	VerificationJson verification(@PathVariable long id, @RequestParam(required = false) String year, Viewer viewer) {
		FiscalYear fiscalYear = YearParameter.of(year)
			.orRefuse("year")
			.orElseThrow(() -> Refused.invalid("year", "verification.year.invalid"));
		VerificationYear page = query.of(viewer, id, fiscalYear);
		return new VerificationJson(id, fiscalYear.value(), fiscalYear.eraLabel(),
				page.opinions().stream().map(OpinionJson::of).toList(),
				page.previous().stream().map(OpinionJson::of).toList(),
				page.effects().stream().map(EffectJson::of).toList());
	}

	@GetMapping("/opinions/{id}")
	OpinionJson opinion(@PathVariable long id, Viewer viewer) {
		return OpinionJson.of(query.opinion(viewer, id));
	}

	/** Records an opinion: 201 with its id and its address. */
	@PostMapping("/plans/{id}/opinions")
	ResponseEntity<CreatedJson> give(@PathVariable long id, @RequestBody OpinionRequest body, Viewer viewer) {
		FiscalYear year = body.year() == null ? null : FiscalYear.parse(body.year()).orElse(null);
		long opinionId = giving.give(viewer, id, year,
				new OpinionForm(body.subject(), body.expert(), body.givenOn(), body.text()));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/opinions/{id}")
			.buildAndExpand(opinionId)
			.toUri();
		return ResponseEntity.created(location).body(new CreatedJson(opinionId));
	}

	@PutMapping("/opinions/{id}")
	ResponseEntity<Void> edit(@PathVariable long id, @RequestBody OpinionRequest body, Viewer viewer) {
		giving.edit(viewer, id, new OpinionForm(body.subject(), body.expert(), body.givenOn(), body.text()));
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/opinions/{id}")
	ResponseEntity<Void> remove(@PathVariable long id, Viewer viewer) {
		giving.remove(viewer, id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/opinions/{id}/response")
	ResponseEntity<Void> respond(@PathVariable long id, @RequestBody ResponseRequest body, Viewer viewer) {
		responding.respond(viewer, id, body.response());
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/opinions/{id}/follow-up")
	ResponseEntity<Void> followUp(@PathVariable long id, @RequestBody FollowUpRequest body, Viewer viewer) {
		responding.followUp(viewer, id, new FollowUpForm(body.status(), body.note()));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/plans/{id}/effects/{year}/kpis/{kpiId}")
	ResponseEntity<Void> assess(@PathVariable long id, @PathVariable String year, @PathVariable long kpiId,
			@RequestBody EffectRequest body, Viewer viewer) {
		verifying.assess(viewer, id, FiscalYear.parse(year).orElse(null), kpiId,
				new EffectForm(body.effect(), body.expertOpinion(), body.policy(), body.policyReason()));
		return ResponseEntity.noContent().build();
	}

}
