package jp.suishin.authoring.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.PlanRepository;

import org.springframework.stereotype.Component;

/**
 * What the pages of other features ask about authoring, from their templates
 * ({@code @planAuthoring}): whether to show a signed-in viewer the links to edit a plan
 * or create one, and whether a plan is archived. Links only: the use cases decide.
 */
@Component("planAuthoring")
public class PlanAuthoringLinks {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final AccessPolicy access;

	private final OrganisationRepository organisations;

	private final PlanRepository plans;

	private final KpiRepository kpis;

	PlanAuthoringLinks(AccessPolicy access, OrganisationRepository organisations, PlanRepository plans,
			KpiRepository kpis) {
		this.kpis = kpis;
		this.access = access;
		this.organisations = organisations;
		this.plans = plans;
	}

	/** Whether the viewer plans for the organisation (its plans' edit links). */
	public boolean mayEdit(Viewer viewer, long ownerId) {
		return viewer != null && viewer.signedIn() && access.on(viewer, ownerId).plan();
	}

	/** The organisations (and collaborations) the viewer plans for, by name. */
	public List<Organization> ownersFor(Viewer viewer) {
		if (viewer == null || !viewer.signedIn()) {
			return List.of();
		}
		return access.reach(viewer)
			.stream()
			.filter(id -> access.on(viewer, id).plan())
			.map(organisations::findById)
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(Organization::name))
			.toList();
	}

	/** The day (Japan time) the plan was archived, or {@code null} for a current plan. */
	public String archivedOn(long planId) {
		return plans.archivedAt(planId).map(at -> at.atZone(JAPAN).toLocalDate().toString()).orElse(null);
	}

	/** The day (Japan time) the KPI was archived, or {@code null} for a current KPI. */
	public String kpiArchivedOn(long kpiId) {
		return kpis.archivedAt(kpiId).map(at -> at.atZone(JAPAN).toLocalDate().toString()).orElse(null);
	}

}
