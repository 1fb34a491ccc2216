package jp.suishin.verification;

import java.util.Arrays;
import java.util.Optional;

/** A closed list of choices with the codes the forms, the API and the documents use. */
interface Coded {

	String code();

	/** The message key of the choice's label. */
	String messageKey();

	static <E extends Enum<E> & Coded> Optional<E> of(Class<E> type, String written) {
		if (written == null) {
			return Optional.empty();
		}
		String code = written.strip();
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
	}

}
