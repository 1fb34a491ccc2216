package jp.suishin.organisation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jp.suishin.refusal.Problem;

/**
 * Where an organisation may stand in the hierarchy: the one place that says which kind of
 * body lies under which (a prefecture under the nation, a bureau under its prefecture, a
 * municipality under its prefecture or one of its bureaus), that a parent exists, and
 * that no organisation ends up below itself.
 */
public final class OrganisationPlacement {

	private OrganisationPlacement() {
	}

	/**
	 * The problem with placing an organisation of this kind (and code) under the parent,
	 * if any.
	 * @param self the organisation being edited, {@code null} for a new one
	 * @param parentId {@code null} for none
	 */
	public static Optional<Problem> check(OrganizationKind kind, LocalGovernmentCode code, Long self, Long parentId,
			OrganisationTree tree) {
		if (parentId == null) {
			if (kind == OrganizationKind.SUBPREFECTURAL_BUREAU || kind == OrganizationKind.MUNICIPALITY) {
				return Optional.of(Problem.of("organisation.parent.required"));
			}
			return Optional.empty();
		}
		Optional<Organization> found = tree.find(parentId);
		if (found.isEmpty()) {
			return Optional.of(Problem.of("organisation.parent.unknown"));
		}
		Organization parent = found.get();
		if (self != null && (parentId.equals(self) || tree.descendantsOf(self).contains(parentId))) {
			return Optional.of(Problem.of("organisation.parent.cycle", parent.name()));
		}
		if (!mayLieUnder(kind, parent.kind())) {
			return Optional.of(Problem.of("organisation.parent.kind", parent.name()));
		}
		if (kind == OrganizationKind.MUNICIPALITY && code != null) {
			Optional<Organization> prefecture = prefectureOf(parent, tree);
			if (prefecture.isPresent() && prefecture.get().code() != null
					&& !prefecture.get().code().prefectureNumber().equals(code.prefectureNumber())) {
				return Optional.of(Problem.of("organisation.parent.other-prefecture", parent.name(),
						prefecture.get().name(), code.value()));
			}
		}
		return Optional.empty();
	}

	/** Whether a body of one kind may have a parent of the other. */
	public static boolean mayLieUnder(OrganizationKind kind, OrganizationKind parent) {
		if (parent.isCollaboration()) {
			return false;
		}
		switch (kind) {
			case NATION:
				return false;
			case PREFECTURE:
				return parent == OrganizationKind.NATION;
			case SUBPREFECTURAL_BUREAU:
				return parent == OrganizationKind.PREFECTURE;
			case MUNICIPALITY:
				return parent == OrganizationKind.PREFECTURE || parent == OrganizationKind.SUBPREFECTURAL_BUREAU;
			default:
				return true;
		}
	}

	/** The prefecture an organisation is, or lies below. */
	public static Optional<Organization> prefectureOf(Organization organisation, OrganisationTree tree) {
		Set<Long> seen = new HashSet<>();
		for (Organization o = organisation; o != null
				&& seen.add(o.id()); o = o.parentId() == null ? null : tree.find(o.parentId()).orElse(null)) {
			if (o.kind() == OrganizationKind.PREFECTURE) {
				return Optional.of(o);
			}
		}
		return Optional.empty();
	}

}
