package jp.suishin.audit;

import jp.suishin.refusal.Validated;

/**
 * Why somebody changed what was recorded (a revised baseline, a reopened value, a new
 * target): required, at most {@value #MAX_LENGTH} characters, kept in the audit trail.
 * The one place that says so, for every channel.
 */
public record Reason(String text) {

	public static final int MAX_LENGTH = 2000;

	public Reason {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("not a reason: use Reason.of");
		}
	}

	public static Validated<Reason> of(String written) {
		if (written == null || written.isBlank()) {
			return Validated.rejected("reason.required");
		}
		String text = written.strip();
		if (text.length() > MAX_LENGTH) {
			return Validated.rejected("reason.too-long", MAX_LENGTH);
		}
		return Validated.valid(new Reason(text));
	}

	@Override
	public String toString() {
		return text;
	}

}
