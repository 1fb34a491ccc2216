package jp.suishin.organising;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationKey;
import jp.suishin.organisation.OrganisationPlacement;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refused;

/**
 * 団体の登録・変更: a system administrator registers an organisation (not a collaboration:
 * {@link FormingCollaboration} does that) or revises one's name, kind, code and parent.
 * Its key is generated when none is given and never changes.
 */
public final class RegisteringOrganisation {

	private final OrganisationRepository organisations;

	private final OrganisationRegister register;

	private final AuditTrail audit;

	private final InOneTransaction transactions;

	public RegisteringOrganisation(OrganisationRepository organisations, OrganisationRegister register,
			AuditTrail audit, InOneTransaction transactions) {
		this.organisations = organisations;
		this.register = register;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * @return the new organisation's id
	 */
	public long register(Viewer viewer, OrganisationForm form) {
		Administrators.require(viewer, "registering an organisation");
		return transactions.run(() -> {
			OrganisationTree tree = organisations.tree();
			List<FieldProblem> problems = new ArrayList<>();
			OrganisationDraft draft = OrganisationDraft.read(form, null, tree, problems);
			if (draft.kind() != null && draft.kind().isCollaboration()) {
				problems.add(FieldProblem.of("kind", "organisation.kind.collaboration-form"));
			}
			OrganisationKey key = key(form.key(), draft, tree, problems);
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			long id = organisations.add(
					new NewOrganization(key.text(), draft.name().text(), draft.kind(), draft.code(), draft.parentId()));
			OrganisationTree after = organisations.tree();
			audit.record(viewer.actor(), AuditSubject.organisation(id), AuditAction.ORGANISATION_REGISTERED, key.text(),
					null, AuditText.of(after.find(id).orElseThrow(), after), null);
			return id;
		});
	}

	/** Revises an organisation; nothing is recorded when nothing changed. */
	public void revise(Viewer viewer, long id, OrganisationForm form) {
		Administrators.require(viewer, "revising organisation " + id);
		transactions.run(() -> {
			OrganisationTree tree = organisations.tree();
			Organization existing = tree.find(id).orElseThrow(() -> Refused.notFound("organisation " + id));
			List<FieldProblem> problems = new ArrayList<>();
			OrganisationDraft draft = OrganisationDraft.read(form, id, tree, problems);
			if (draft.kind() != null) {
				if (draft.kind().isCollaboration() != existing.isCollaboration()) {
					problems.add(FieldProblem.of("kind", "organisation.kind.collaboration-fixed"));
				}
				for (Long child : tree.children().getOrDefault(id, List.of())) {
					Organization below = tree.find(child).orElseThrow();
					if (!OrganisationPlacement.mayLieUnder(below.kind(), draft.kind())) {
						problems.add(FieldProblem.of("kind", "organisation.kind.children", below.name()));
						break;
					}
				}
			}
			if (!problems.isEmpty()) {
				throw Refused.invalid(problems);
			}
			Organization revised = new Organization(id, existing.key(), draft.name().text(), draft.kind(), draft.code(),
					draft.parentId());
			if (revised.equals(existing)) {
				return null;
			}
			String before = AuditText.of(existing, tree);
			register.revise(revised);
			audit.record(viewer.actor(), AuditSubject.organisation(id), AuditAction.ORGANISATION_REVISED,
					existing.key(), before, AuditText.of(revised, tree), null);
			return null;
		});
	}

	static OrganisationKey key(String written, OrganisationDraft draft, OrganisationTree tree,
			List<FieldProblem> problems) {
		Set<String> taken = tree.byId().values().stream().map(Organization::key).collect(Collectors.toSet());
		if (written.isEmpty()) {
			return draft.kind() == null ? null : OrganisationKey.generated(draft.kind(), draft.code(), taken::contains);
		}
		OrganisationKey key = OrganisationKey.of(written).collect("key", problems);
		if (key != null && taken.contains(key.text())) {
			problems.add(FieldProblem.of("key", "organisation.key.taken", key.text()));
			return null;
		}
		return key;
	}

}
