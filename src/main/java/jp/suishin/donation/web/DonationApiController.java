package jp.suishin.donation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.donation.Donation;
import jp.suishin.donation.DonationForm;
import jp.suishin.donation.DonationLedger;
import jp.suishin.donation.DonationRecords;
import jp.suishin.donation.DonationTotals;
import jp.suishin.donation.RecordingDonations;
import jp.suishin.refusal.Refused;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A plan's donations through the API under /api/v1, with the use cases and checks of the
 * pages: reading is public (a donor who does not want to be named is named only to the
 * planners of the plan's owner, who recorded it); writing is for those planners. Refusals
 * are problem details from the refusal advice (422 with {@code errors} per field).
 */
@RestController
@RequestMapping("/api/v1")
class DonationApiController {

	private final DonationLedger ledger;

	private final DonationRecords records;

	private final RecordingDonations recording;

	private final AccessPolicy access;

	DonationApiController(DonationLedger ledger, DonationRecords records, RecordingDonations recording,
			AccessPolicy access) {
		this.ledger = ledger;
		this.records = records;
		this.recording = recording;
		this.access = access;
	}

	/**
	 * A donation as the API writes it: the amount as written, in the guide's unit unless
	 * it says another.
	 */
	record DonationRequest(String donor, String receivedOn, String amount, Long programId, Boolean anonymous,
			Boolean example) {

		DonationForm form() {
			return new DonationForm(donor, receivedOn, amount, programId == null ? null : String.valueOf(programId),
					Boolean.TRUE.equals(anonymous), Boolean.TRUE.equals(example));
		}

	}

	record MoneyJson(BigDecimal value, String display) {
	}

	record DonationJson(long id, String donor, boolean anonymous, LocalDate receivedOn, int fiscalYear,
			String fiscalYearLabel, MoneyJson amount, Long programId, String programName, boolean example) {
	}

	record YearJson(int fiscalYear, String fiscalYearLabel, MoneyJson total, MoneyJson cumulative, BigDecimal share,
			int count) {
	}

	record DonationsJson(long planId, String unit, MoneyJson budget, int fromYear, int toYear, MoneyJson cumulative,
			BigDecimal share, String shareDisplay, boolean examples, List<YearJson> years,
			List<DonationJson> donations) {
	}

	record CreatedJson(long id) {
	}

	@GetMapping("/plans/{id}/donations")
	DonationsJson donations(@PathVariable long id, Viewer viewer) {
		DonationLedger.Ledger shown = ledger.of(id).orElseThrow(() -> Refused.notFound("donations of plan " + id));
		boolean planner = access.on(viewer, shown.plan().ownerId()).plan();
		DonationTotals totals = shown.totals();
		List<YearJson> years = totals.years()
			.stream()
			.map(y -> new YearJson(y.year().value(), y.year().eraLabel(), money(totals, y.total()),
					money(totals, y.cumulative()), y.share(), y.count()))
			.toList();
		List<DonationJson> donations = shown.donations().stream().map(d -> json(d, planner)).toList();
		return new DonationsJson(id, shown.budget().unit().text(), money(totals, shown.budget().amount()),
				shown.budget().period().from().value(), shown.budget().period().to().value(),
				money(totals, totals.cumulative()), totals.share(), totals.shareText(), shown.examples(), years,
				donations);
	}

	/** Records a donation: 201 with its id and where it is read. */
	@PostMapping("/plans/{id}/donations")
	ResponseEntity<CreatedJson> record(@PathVariable long id, @RequestBody DonationRequest body, Viewer viewer) {
		long donation = recording.record(viewer, id, body.form());
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{donation}")
			.buildAndExpand(donation)
			.toUri();
		return ResponseEntity.created(location).body(new CreatedJson(donation));
	}

	/** One donation of the plan. */
	@GetMapping("/plans/{id}/donations/{donationId}")
	DonationJson donation(@PathVariable long id, @PathVariable long donationId, Viewer viewer) {
		Donation donation = donationOf(id, donationId);
		long owner = ledger.of(id).orElseThrow(() -> Refused.notFound("plan " + id)).plan().ownerId();
		return json(donation, access.on(viewer, owner).plan());
	}

	/** Replaces what a donation says: 200 with the stored donation. */
	@PutMapping("/plans/{id}/donations/{donationId}")
	DonationJson edit(@PathVariable long id, @PathVariable long donationId, @RequestBody DonationRequest body,
			Viewer viewer) {
		donationOf(id, donationId);
		recording.edit(viewer, donationId, body.form());
		return json(donationOf(id, donationId), true);
	}

	@DeleteMapping("/plans/{id}/donations/{donationId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long donationId, Viewer viewer) {
		donationOf(id, donationId);
		recording.remove(viewer, donationId);
		return ResponseEntity.noContent().build();
	}

	private Donation donationOf(long planId, long donationId) {
		return records.donation(donationId)
			.filter(d -> d.planId() == planId)
			.orElseThrow(() -> Refused.notFound("donation " + donationId + " of plan " + planId));
	}

	private static DonationJson json(Donation d, boolean planner) {
		return new DonationJson(d.id(), planner ? d.donor() : d.publicDonor(), d.anonymous(), d.receivedOn(),
				d.year().value(), d.year().eraLabel(), new MoneyJson(d.amount(), d.amountText()), d.programId(),
				d.programName(), d.example());
	}

	private static MoneyJson money(DonationTotals totals, BigDecimal amount) {
		return new MoneyJson(amount, totals.money(amount));
	}

}
