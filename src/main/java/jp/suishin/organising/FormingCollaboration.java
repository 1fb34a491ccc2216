package jp.suishin.organising;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationKey;
import jp.suishin.organisation.OrganisationName;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * 広域連携の設立と構成団体: a system administrator forms a collaboration (a settlement zone with its
 * center city, or a wide-area region) with its members, and later adds or removes
 * members. A collaboration has at most one center; a settlement zone always has one, a
 * municipality.
 */
public final class FormingCollaboration {

	private final OrganisationRepository organisations;

	private final OrganisationRegister register;

	private final AuditTrail audit;

	private final InOneTransaction transactions;

	public FormingCollaboration(OrganisationRepository organisations, OrganisationRegister register, AuditTrail audit,
			InOneTransaction transactions) {
		this.organisations = organisations;
		this.register = register;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * @return the new collaboration's id
	 */
	public long form(Viewer viewer, CollaborationForm form) {
		Administrators.require(viewer, "forming a collaboration");
		return transactions.run(() -> {
			OrganisationTree tree = organisations.tree();
			List<FieldProblem> problems = new ArrayList<>();
			OrganizationKind kind = OrganisationDraft.kind(form.kind(), "kind", problems);
			if (kind != null && !kind.isCollaboration()) {
				problems.add(FieldProblem.of("kind", "organisation.collaboration.kind"));
				kind = null;
			}
			OrganisationName name = OrganisationName.of(form.name()).collect("name", problems);
			OrganisationKey key = kind == null ? null : RegisteringOrganisation.key(form.key(),
					new OrganisationDraft(kind, name, null, null), tree, problems);
			Organization center = null;
			if (!form.centerId().isEmpty()) {
				center = member(form.centerId(), tree).orElse(null);
				if (center == null) {
					problems.add(FieldProblem.of("centerId", "organisation.member.unknown"));
				}
			}
			if (kind != null) {
				centerProblem(kind, center).ifPresent(problem -> problems.add(FieldProblem.of("centerId", problem)));
			}
			Set<Organization> members = new LinkedHashSet<>();
			for (String written : form.memberIds()) {
				Optional<Organization> member = member(written, tree);
				if (member.isEmpty()) {
					problems.add(FieldProblem.of("memberIds", "organisation.member.unknown"));
				}
				else if (center == null || member.get().id() != center.id()) {
					members.add(member.get());
				}
			}
			if (members.size() + (center == null ? 0 : 1) < 2) {
				problems.add(FieldProblem.of("memberIds", "organisation.collaboration.too-few"));
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			long id = organisations.add(new NewOrganization(key.text(), name.text(), kind, null, null));
			List<AuditTrail.Change> changes = new ArrayList<>();
			changes.add(new AuditTrail.Change(viewer.actor(), AuditSubject.organisation(id),
					AuditAction.ORGANISATION_REGISTERED, key.text(), null,
					AuditText.of(name.text(), kind.name(), null, null), null));
			if (center != null) {
				organisations.addMember(id, center.id(), CollaborationRole.CENTER);
				changes.add(memberAdded(viewer, id, center, CollaborationRole.CENTER));
			}
			for (Organization member : members) {
				organisations.addMember(id, member.id(), CollaborationRole.MEMBER);
				changes.add(memberAdded(viewer, id, member, CollaborationRole.MEMBER));
			}
			audit.recordAll(changes);
			return id;
		});
	}

	public void addMember(Viewer viewer, long collaborationId, String memberId, String role) {
		Administrators.require(viewer, "adding a member to collaboration " + collaborationId);
		transactions.run(() -> {
			OrganisationTree tree = organisations.tree();
			Organization collaboration = collaboration(collaborationId, tree);
			List<FieldProblem> problems = new ArrayList<>();
			Optional<Organization> member = member(memberId == null ? "" : memberId, tree);
			if (member.isEmpty()) {
				problems.add(FieldProblem.of("memberId", "organisation.member.unknown"));
			}
			else if (tree.membersOf(collaborationId).stream().anyMatch(m -> m.member().id() == member.get().id())) {
				problems.add(FieldProblem.of("memberId", "organisation.member.already", member.get().name()));
			}
			CollaborationRole written = null;
			try {
				written = CollaborationRole.valueOf(role == null ? "" : role.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(FieldProblem.of("role", "organisation.member.role.unknown"));
			}
			if (written == CollaborationRole.CENTER) {
				if (centerOf(collaborationId, tree).isPresent()) {
					problems.add(FieldProblem.of("role", "organisation.member.center-exists"));
				}
				else if (member.isPresent()) {
					centerProblem(collaboration.kind(), member.get())
						.ifPresent(key -> problems.add(FieldProblem.of("role", key)));
				}
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			organisations.addMember(collaborationId, member.get().id(), written);
			audit.recordAll(List.of(memberAdded(viewer, collaborationId, member.get(), written)));
			return null;
		});
	}

	public void removeMember(Viewer viewer, long collaborationId, long memberId) {
		Administrators.require(viewer, "removing a member from collaboration " + collaborationId);
		transactions.run(() -> {
			OrganisationTree tree = organisations.tree();
			Organization collaboration = collaboration(collaborationId, tree);
			Membership membership = tree.membersOf(collaborationId)
				.stream()
				.filter(m -> m.member().id() == memberId)
				.findFirst()
				.orElseThrow(() -> Refused.notFound("member " + memberId + " of " + collaborationId));
			if (membership.role() == CollaborationRole.CENTER
					&& collaboration.kind() == OrganizationKind.SETTLEMENT_ZONE) {
				throw Refused.conflict("organisation.member.center-needed", membership.member().name());
			}
			register.removeMember(collaborationId, memberId);
			audit.record(viewer.actor(), AuditSubject.organisation(collaborationId), AuditAction.MEMBER_REMOVED,
					membership.member().name(), membership.role().name(), null, null);
			return null;
		});
	}

	private static Organization collaboration(long id, OrganisationTree tree) {
		return tree.find(id)
			.filter(Organization::isCollaboration)
			.orElseThrow(() -> Refused.notFound("collaboration " + id));
	}

	private static Optional<Membership> centerOf(long collaborationId, OrganisationTree tree) {
		return tree.membersOf(collaborationId).stream().filter(m -> m.role() == CollaborationRole.CENTER).findFirst();
	}

	/** An organisation that may be a member: one that exists and is no collaboration. */
	private static Optional<Organization> member(String written, OrganisationTree tree) {
		Long id = OrganisationDraft.id(written);
		return id == null ? Optional.empty() : tree.find(id).filter(o -> !o.isCollaboration());
	}

	/** A settlement zone's center is a municipality, and it has one. */
	private static Optional<String> centerProblem(OrganizationKind kind, Organization center) {
		if (kind == OrganizationKind.SETTLEMENT_ZONE) {
			if (center == null) {
				return Optional.of("organisation.collaboration.center-required");
			}
			if (center.kind() != OrganizationKind.MUNICIPALITY) {
				return Optional.of("organisation.collaboration.center-municipality");
			}
		}
		return Optional.empty();
	}

	private static AuditTrail.Change memberAdded(Viewer viewer, long collaborationId, Organization member,
			CollaborationRole role) {
		return new AuditTrail.Change(viewer.actor(), AuditSubject.organisation(collaborationId),
				AuditAction.MEMBER_ADDED, member.name(), null, role.name(), null);
	}

}
