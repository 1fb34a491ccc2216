package jp.suishin.organising;

/**
 * An organisation as an administrator writes it on the page.
 *
 * @param kind an {@link jp.suishin.organisation.OrganizationKind} name
 * @param parentId the parent's id, blank for none
 * @param code the local government code, blank for none
 * @param key blank to have one generated; ignored when revising (a key never changes)
 */
public record OrganisationForm(String kind, String name, String parentId, String code, String key) {

	public OrganisationForm {
		kind = blankAsEmpty(kind);
		name = blankAsEmpty(name);
		parentId = blankAsEmpty(parentId);
		code = blankAsEmpty(code);
		key = blankAsEmpty(key);
	}

	static String blankAsEmpty(String text) {
		return text == null ? "" : text.strip();
	}

}
