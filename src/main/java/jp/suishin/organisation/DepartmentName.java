package jp.suishin.organisation;

import jp.suishin.refusal.Validated;

/**
 * A department's name (担当課名): required, at most {@value #MAX_LENGTH} characters, kept
 * without surrounding blanks. Every way a department comes into being (the collection
 * page, account administration) names it through {@link #of}.
 */
public record DepartmentName(String text) {

	public static final int MAX_LENGTH = 200;

	public DepartmentName {
		if (text == null || text.isBlank() || !text.equals(text.strip()) || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("not a department name, use DepartmentName.of: " + text);
		}
	}

	public static Validated<DepartmentName> of(String written) {
		if (written == null || written.isBlank()) {
			return Validated.rejected("collection.department.name.required");
		}
		String name = written.strip();
		if (name.length() > MAX_LENGTH) {
			return Validated.rejected("collection.department.name.too-long", MAX_LENGTH);
		}
		return Validated.valid(new DepartmentName(name));
	}

}
