package jp.suishin.collection;

import jp.suishin.refusal.Validated;

/**
 * A planner's comment on a returned value, or a reviewer's or expert's remark: required,
 * at most {@value #MAX_LENGTH} characters, kept without surrounding blanks.
 */
public record Comment(String text) {

	public static final int MAX_LENGTH = 2000;

	/**
	 * @param requiredKey the message when nothing is written (what the comment is for)
	 */
	public static Validated<Comment> of(String written, String requiredKey) {
		if (written == null || written.isBlank()) {
			return Validated.rejected(requiredKey);
		}
		if (written.length() > MAX_LENGTH) {
			return Validated.rejected("collection.remark.too-long", MAX_LENGTH);
		}
		return Validated.valid(new Comment(written.strip()));
	}

}
