package jp.suishin.organising;

import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;

/** How the audit trail prints an organisation: name, kind, code and parent. */
final class AuditText {

	private AuditText() {
	}

	static String of(Organization o, OrganisationTree tree) {
		return of(o.name(), o.kind().name(), o.code() == null ? null : o.code().value(), o.parentId() == null ? null
				: tree.find(o.parentId()).map(Organization::name).orElse("#" + o.parentId()));
	}

	static String of(String name, String kind, String code, String parentName) {
		StringBuilder text = new StringBuilder(name).append("（").append(kind);
		if (code != null) {
			text.append("、").append(code);
		}
		if (parentName != null) {
			text.append("、上位: ").append(parentName);
		}
		return text.append("）").toString();
	}

}
