package jp.suishin.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.LockedYears;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.YearParameter;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * A planner of the plan's owner publishes the plan's report of a fiscal year as an
 * edition: once the year's collection is locked, or at once for a year the application
 * never collected. The document is drafted as the public reads the plan (published values
 * only, never a working value), marked with the edition, stored, and rendered into its
 * files once; they are served as stored from then on, whatever happens to the values. A
 * second edition of the same year is a correction (正誤): it needs a note saying what
 * changed, and the earlier edition stays, marked as superseded by it.
 */
public final class PublishingEdition {

	/** The longest correction note kept (the audit trail's reason column). */
	public static final int NOTE_MAX_LENGTH = 2000;

	private final PlanRepository plans;

	private final AccessPolicy access;

	private final CollectionRepository collections;

	private final LockedYears locked;

	private final EditionRepository editions;

	private final Drafting drafting;

	private final EditionRendering rendering;

	private final EditionWording wording;

	private final AuditTrail audit;

	private final InOneTransaction work;

	private final Clock clock;

	public PublishingEdition(PlanRepository plans, AccessPolicy access, CollectionRepository collections,
			LockedYears locked, EditionRepository editions, Drafting drafting, EditionRendering rendering,
			EditionWording wording, AuditTrail audit, InOneTransaction work, Clock clock) {
		this.plans = plans;
		this.access = access;
		this.collections = collections;
		this.locked = locked;
		this.editions = editions;
		this.drafting = drafting;
		this.rendering = rendering;
		this.wording = wording;
		this.audit = audit;
		this.work = work;
		this.clock = clock;
	}

	/** Drafts the report: {@code DraftingReport#draft}. */
	public interface Drafting {

		ReportDocument draft(Viewer viewer, long planId, FiscalYear dataYear);

	}

	/**
	 * Publishes today, as the publish form writes the year ({@code R6}, {@code 2024},
	 * {@code 令和6年度}) and the note.
	 */
	public Edition publish(Viewer viewer, long planId, String year, String correctionNote) {
		Plan plan = plan(viewer, planId);
		FiscalYear dataYear = YearParameter.of(year)
			.orRefuse("year")
			.orElseThrow(() -> Refused.invalid("year", "edition.year.required"));
		return publish(viewer, plan, dataYear, correctionNote, LocalDate.now(clock));
	}

	/**
	 * Publishes a year's edition dated {@code publishedOn} (the sample data's history
	 * gives the day each edition came out).
	 */
	public Edition publish(Viewer viewer, long planId, FiscalYear dataYear, String correctionNote,
			LocalDate publishedOn) {
		return publish(viewer, plan(viewer, planId), dataYear, correctionNote, publishedOn);
	}

	private Plan plan(Viewer viewer, long planId) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		access.requirePlan(viewer, plan.ownerId());
		return plan;
	}

	private Edition publish(Viewer viewer, Plan plan, FiscalYear dataYear, String correctionNote,
			LocalDate publishedOn) {
		if (!plan.period().contains(dataYear)) {
			throw Refused.invalid("year", "edition.year.outside-period", dataYear.eraLabel());
		}
		String note = correctionNote == null || correctionNote.isBlank() ? null : correctionNote.strip();
		if (note != null && note.length() > NOTE_MAX_LENGTH) {
			throw Refused.invalid("correctionNote", "edition.correction.too-long", NOTE_MAX_LENGTH);
		}
		return work.run(() -> {
			if (collections.find(plan.id(), dataYear).isPresent() && !locked.yearLocked(plan.id(), dataYear)) {
				throw Refused.conflict("edition.publish.not-locked", dataYear.eraLabel());
			}
			List<Edition> earlier = editions.ofPlanYear(plan.id(), dataYear);
			Optional<Edition> latest = earlier.isEmpty() ? Optional.empty()
					: Optional.of(earlier.get(earlier.size() - 1));
			if (latest.isPresent() && note == null) {
				throw Refused.invalid("correctionNote", "edition.correction.required", latest.get().label());
			}
			if (latest.isEmpty() && note != null) {
				throw Refused.invalid("correctionNote", "edition.correction.first");
			}
			int number = latest.map(e -> e.number() + 1).orElse(1);
			String label = wording.label(Edition.publicationYear(dataYear), number);
			// Drafted as the public reads the plan: an edition is public, so it holds
			// only what the public may see, whoever publishes it.
			ReportDocument drafted = drafting.draft(Viewer.PUBLIC, plan.id(), dataYear);
			// the edition is dated the day it is published (the history the sample data
			// replays publishes on past days)
			ReportDocument.Cover c = drafted.cover();
			ReportDocument draft = new ReportDocument(drafted.formatVersion(),
					new ReportDocument.Cover(c.planId(), c.planKey(), c.planName(), c.ownerId(), c.ownerName(),
							c.ownerCode(), c.dataYear(), c.dataYearLabel(), c.title(), c.levelName(), c.edition(),
							publishedOn),
					drafted.sections(), drafted.kpiList(), drafted.distribution(), drafted.analysis(),
					drafted.programs(), drafted.review());
			long id = editions.add(new EditionRepository.NewEdition(plan.id(), plan.ownerId(), dataYear, number, label,
					publishedOn, viewer.actor(), note, latest.map(Edition::id).orElse(null), draft.formatVersion()));
			ReportDocument document = draft
				.asEdition(new ReportDocument.EditionMark(id, number, label, publishedOn, note));
			List<RenderedFile> files = rendering.render(document);
			editions.complete(id, document, files);
			latest.ifPresent(previous -> editions.supersede(previous.id(), id));
			audit.record(viewer.actor(), AuditSubject.plan(plan.id()),
					latest.isPresent() ? AuditAction.EDITION_CORRECTED : AuditAction.EDITION_PUBLISHED,
					dataYear.eraLabel(), latest.map(Edition::label).orElse(null), label + " (" + id + ")", note);
			return editions.findById(id).orElseThrow();
		});
	}

}
