package jp.suishin.linkage;

import java.util.Locale;
import java.util.Optional;

import jp.suishin.access.AccessDenied;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiNotFoundException;
import jp.suishin.kpi.KpiPlanners;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.refusal.Refused;

/**
 * Links a KPI to a KPI of another plan, and removes the link: the one use case every
 * channel (page, API, sample data) calls. Only the planners of the KPI that links may
 * (never those of the other plan, and the link gives them nothing on it). A link is
 * refused, with nothing stored, when the other KPI cannot be seen (unknown or archived),
 * is the same KPI or one of the same plan, is already linked either way, would close a
 * cycle of contributions, or contributes to a computed KPI in a unit that is not the same
 * quantity. Every link made or removed is a KPI audit entry of the KPI that links.
 */
public final class LinkingKpis {

	private final KpiLinks links;

	private final KpiRepository kpis;

	private final KpiPlanners planners;

	private final AuditTrail audit;

	private final InOneTransaction work;

	public LinkingKpis(KpiLinks links, KpiRepository kpis, KpiPlanners planners, AuditTrail audit,
			InOneTransaction work) {
		this.links = links;
		this.kpis = kpis;
		this.planners = planners;
		this.audit = audit;
		this.work = work;
	}

	/**
	 * Links the KPI to another.
	 * @param linkedKpi the other KPI as typed: its id or its key
	 * @param kind {@link LinkKind}'s name
	 * @return the link's id
	 * @throws KpiNotFoundException when the KPI that links does not exist
	 * @throws AccessDenied when the viewer does not plan for it
	 * @throws Refused invalid naming {@code kind}, {@code linkedKpi} or {@code kpi}
	 */
	public long link(Viewer viewer, long kpiId, String linkedKpi, String kind) {
		return work.run(() -> {
			Kpi kpi = planners.require(viewer, kpiId);
			if (kpis.archivedAt(kpiId).isPresent()) {
				throw Refused.invalid("kpi", "linkage.link.archived", kpi.name());
			}
			LinkKind linkKind = kind(kind);
			Kpi other = other(linkedKpi);
			if (other.id() == kpi.id()) {
				throw Refused.invalid("linkedKpi", "linkage.link.itself");
			}
			if (other.planId() == kpi.planId()) {
				throw Refused.invalid("linkedKpi", "linkage.link.same-plan", other.name());
			}
			if (links.ofKpi(kpiId).stream().anyMatch(link -> link.joins(other.id()))) {
				throw Refused.invalid("linkedKpi", "linkage.link.exists", other.name());
			}
			if (linkKind == LinkKind.CONTRIBUTES_TO) {
				if (links.contributesUpTo(other.id()).contains(kpiId)) {
					throw Refused.invalid("linkedKpi", "linkage.link.cycle", other.name(), kpi.name());
				}
				Optional<Computation> computed = links.computation(other.id());
				if (computed.isPresent() && computed.get().method() == ComputationMethod.SUM
						&& !ComputingKpis.sameQuantity(other.unit(), kpi.unit())) {
					throw Refused.invalid("linkedKpi", "linkage.link.units", other.name(), other.unit().text(),
							kpi.unit().text());
				}
			}
			long id = links.add(kpiId, other.id(), linkKind, viewer.actor());
			audit.record(viewer.actor(), AuditSubject.kpi(kpiId), AuditAction.LINK_ADDED, detail(linkKind, other), null,
					other.key(), null);
			return id;
		});
	}

	/**
	 * Removes a link the KPI made.
	 * @throws Refused not found when the link is not one of the KPI's own
	 */
	public void unlink(Viewer viewer, long kpiId, long linkId) {
		work.run(() -> {
			planners.require(viewer, kpiId);
			KpiLink link = links.find(linkId)
				.filter(found -> found.kpiId() == kpiId)
				.orElseThrow(() -> Refused.notFound("link " + linkId));
			Kpi other = kpis.findById(link.linkedKpiId()).orElseThrow();
			links.remove(linkId);
			audit.record(viewer.actor(), AuditSubject.kpi(kpiId), AuditAction.LINK_REMOVED, detail(link.kind(), other),
					other.key(), null, null);
			return null;
		});
	}

	private static LinkKind kind(String kind) {
		String written = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (LinkKind known : LinkKind.values()) {
			if (known.name().equals(written)) {
				return known;
			}
		}
		throw Refused.invalid("kind", "linkage.link.kind.unknown", kind == null ? "" : kind);
	}

	/** The other KPI by id or key; one that is unknown or archived cannot be seen. */
	private Kpi other(String linkedKpi) {
		String written = linkedKpi == null ? "" : linkedKpi.strip();
		if (written.isEmpty()) {
			throw Refused.invalid("linkedKpi", "linkage.link.target.required");
		}
		return TypedKpi.find(kpis, written)
			.filter(kpi -> kpis.archivedAt(kpi.id()).isEmpty())
			.orElseThrow(() -> Refused.invalid("linkedKpi", "linkage.link.target.unknown", written));
	}

	private static String detail(LinkKind kind, Kpi other) {
		return kind.name() + " " + other.key() + " " + other.name();
	}

}
