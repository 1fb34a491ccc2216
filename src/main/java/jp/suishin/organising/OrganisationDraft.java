package jp.suishin.organising;

import java.util.List;
import java.util.Optional;

import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.OrganisationName;
import jp.suishin.organisation.OrganisationPlacement;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Problem;

/**
 * An {@link OrganisationForm} read against the organisations as they are: each field
 * valid or a problem under its name. The rules of a kind's code, a code's uniqueness and
 * a parent's place are applied here for the page; the national list's import applies the
 * same value objects and {@link OrganisationPlacement}.
 */
record OrganisationDraft(OrganizationKind kind, OrganisationName name, LocalGovernmentCode code, Long parentId) {

	static OrganisationDraft read(OrganisationForm form, Long self, OrganisationTree tree,
			List<FieldProblem> problems) {
		OrganizationKind kind = kind(form.kind(), "kind", problems);
		OrganisationName name = OrganisationName.of(form.name()).collect("name", problems);
		Long parentId = null;
		boolean parentRead = true;
		if (!form.parentId().isEmpty()) {
			parentId = id(form.parentId());
			if (parentId == null || tree.find(parentId).isEmpty()) {
				problems.add(FieldProblem.of("parentId", "organisation.parent.unknown"));
				parentRead = false;
			}
		}
		LocalGovernmentCode code = code(form.code(), kind, self, tree, problems);
		if (kind != null && parentRead) {
			OrganisationPlacement.check(kind, code, self, parentId, tree)
				.ifPresent(p -> problems.add(new FieldProblem("parentId", p)));
		}
		return new OrganisationDraft(kind, name, code, parentId);
	}

	static OrganizationKind kind(String written, String field, List<FieldProblem> problems) {
		if (written.isEmpty()) {
			problems.add(FieldProblem.of(field, "organisation.kind.required"));
			return null;
		}
		try {
			return OrganizationKind.valueOf(written);
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of(field, "organisation.kind.unknown", written));
			return null;
		}
	}

	/** An id as a form sends it, or {@code null} when it is none. */
	static Long id(String written) {
		try {
			return Long.valueOf(written.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalGovernmentCode code(String written, OrganizationKind kind, Long self, OrganisationTree tree,
			List<FieldProblem> problems) {
		if (written.isEmpty()) {
			if (kind == OrganizationKind.MUNICIPALITY) {
				problems.add(FieldProblem.of("code", "organisation.code.required"));
			}
			return null;
		}
		if (kind != null && !kind.carriesLocalGovernmentCode()) {
			problems.add(FieldProblem.of("code", "organisation.code.not-carried"));
			return null;
		}
		Optional<Problem> problem = LocalGovernmentCode.check(written);
		if (problem.isPresent()) {
			problems.add(new FieldProblem("code", problem.get()));
			return null;
		}
		LocalGovernmentCode code = LocalGovernmentCode.of(written);
		if (kind != null && code.isPrefecture() != (kind == OrganizationKind.PREFECTURE)) {
			problems.add(FieldProblem.of("code",
					code.isPrefecture() ? "organisation.code.is-prefecture" : "organisation.code.not-prefecture",
					code.value()));
			return null;
		}
		Optional<Organization> holder = tree.byId()
			.values()
			.stream()
			.filter(o -> code.equals(o.code()) && (self == null || o.id() != self))
			.findFirst();
		if (holder.isPresent()) {
			problems.add(FieldProblem.of("code", "organisation.code.taken", code.value(), holder.get().name()));
			return null;
		}
		return code;
	}

}
