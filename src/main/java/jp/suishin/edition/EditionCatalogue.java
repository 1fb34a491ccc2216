package jp.suishin.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.document.ReportDocument;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;

/**
 * What the public reads of the editions: an edition is published, so everybody reads
 * every edition alike, and everything an edition's page shows comes from what was stored
 * at publication (its document and its files), never from the working data.
 */
public final class EditionCatalogue {

	private final EditionRepository editions;

	private final PlanRepository plans;

	private final OrganisationRepository organisations;

	private final AccessPolicy access;

	public EditionCatalogue(EditionRepository editions, PlanRepository plans, OrganisationRepository organisations,
			AccessPolicy access) {
		this.editions = editions;
		this.plans = plans;
		this.organisations = organisations;
		this.access = access;
	}

	/** An edition with its files. */
	public record Listed(Edition edition, List<EditionFile> files) {
	}

	/** A plan with its editions, newest first. */
	public record PlanEditions(Plan plan, List<Listed> editions) {
	}

	/** An organisation's plans and their editions. */
	public record OrganisationEditions(Organization organisation, List<PlanEditions> plans) {
	}

	/**
	 * One edition as published: its document, its files, and the editions of the same
	 * year (the one it corrects, the one that superseded it).
	 */
	public record EditionPage(Edition edition, ReportDocument document, List<EditionFile> files,
			List<Edition> sameYear) {

		public java.util.Optional<Edition> supersededBy() {
			return sameYear.stream()
				.filter(e -> edition.supersededBy() != null && e.id() == edition.supersededBy())
				.findFirst();
		}

		/** The newest edition of the year (this one when it is not superseded). */
		public Edition current() {
			return sameYear.isEmpty() ? edition : sameYear.get(sameYear.size() - 1);
		}

	}

	/** A plan's editions and whether the viewer may publish one. */
	public record PlanPage(Plan plan, Organization owner, List<Listed> editions, boolean publishes) {
	}

	/** A catalogue entry: the edition, its plan and owner, and its files. */
	public record Entry(Edition edition, Plan plan, Organization owner, List<EditionFile> files) {
	}

	public OrganisationEditions ofOrganisation(long organisationId) {
		Organization organisation = organisations.findById(organisationId)
			.orElseThrow(() -> Refused.notFound("organisation " + organisationId));
		List<Edition> all = editions.ofOwner(organisationId);
		Map<Long, List<EditionFile>> files = editions.filesOf(all.stream().map(Edition::id).toList());
		List<PlanEditions> byPlan = new ArrayList<>();
		for (Plan plan : plans.ofOwners(Set.of(organisationId))) {
			byPlan.add(new PlanEditions(plan,
					all.stream()
						.filter(e -> e.planId() == plan.id())
						.map(e -> new Listed(e, files.getOrDefault(e.id(), List.of())))
						.toList()));
		}
		return new OrganisationEditions(organisation, byPlan);
	}

	public EditionPage edition(long editionId) {
		Edition edition = editions.findById(editionId).orElseThrow(() -> Refused.notFound("edition " + editionId));
		ReportDocument document = editions.document(editionId)
			.orElseThrow(() -> Refused.notFound("edition " + editionId));
		return new EditionPage(edition, document,
				editions.filesOf(List.of(editionId)).getOrDefault(editionId, List.of()),
				editions.ofPlanYear(edition.planId(), edition.dataYear()));
	}

	public PlanPage ofPlan(Viewer viewer, long planId) {
		Plan plan = plans.findById(planId).orElseThrow(() -> Refused.notFound("plan " + planId));
		List<Edition> all = editions.ofPlan(planId);
		Map<Long, List<EditionFile>> files = editions.filesOf(all.stream().map(Edition::id).toList());
		return new PlanPage(plan, organisations.findById(plan.ownerId()).orElse(null),
				all.stream().map(e -> new Listed(e, files.getOrDefault(e.id(), List.of()))).toList(),
				access.on(viewer, plan.ownerId()).plan());
	}

	/** Every published edition, by organisation and plan, with its files. */
	public List<Entry> catalogue() {
		List<Edition> all = editions.all();
		Map<Long, List<EditionFile>> files = editions.filesOf(all.stream().map(Edition::id).toList());
		Map<Long, Plan> plansById = new LinkedHashMap<>();
		plans.findAll().forEach(p -> plansById.put(p.id(), p));
		Map<Long, Organization> owners = new LinkedHashMap<>();
		organisations.findAll().forEach(o -> owners.put(o.id(), o));
		return all.stream()
			.map(e -> new Entry(e, plansById.get(e.planId()), owners.get(e.ownerId()),
					files.getOrDefault(e.id(), List.of())))
			.toList();
	}

	/** A file of an edition, as stored. */
	public StoredFile file(long editionId, String name) {
		return editions.file(editionId, name).orElseThrow(() -> Refused.notFound("edition file " + name));
	}

	/** The stamp of the pages listing editions. */
	public String stamp() {
		return editions.stamp();
	}

	/** The stamp of one edition's page: the edition, and whether it was superseded. */
	public java.util.Optional<String> stampOf(long editionId) {
		return editions.findById(editionId).map(e -> "edition-" + e.id() + "-" + e.supersededBy());
	}

}
