package jp.suishin.organising;

import java.util.List;

/**
 * A collaboration as an administrator writes it: its kind, name and key (blank to
 * generate one), its center city and its other members, by id.
 */
public record CollaborationForm(String kind, String name, String key, String centerId, List<String> memberIds) {

	public CollaborationForm {
		kind = OrganisationForm.blankAsEmpty(kind);
		name = OrganisationForm.blankAsEmpty(name);
		key = OrganisationForm.blankAsEmpty(key);
		centerId = OrganisationForm.blankAsEmpty(centerId);
		memberIds = memberIds == null ? List.of()
				: memberIds.stream().map(OrganisationForm::blankAsEmpty).filter(id -> !id.isEmpty()).toList();
	}

}
