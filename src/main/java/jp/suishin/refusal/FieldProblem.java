package jp.suishin.refusal;

/**
 * A problem with one field of what a user entered (year, value, status, expectedMonth,
 * note).
 */
public record FieldProblem(String field, Problem problem) {

	public static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, Problem.of(messageKey, arguments));
	}

}
