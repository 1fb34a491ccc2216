package jp.suishin.organisation;

import java.text.Normalizer;
import java.util.Optional;

import jp.suishin.refusal.Problem;

/**
 * 全国地方公共団体コード: five digits and a check digit. The check digit is 11 minus the remainder
 * of the weighted sum (weights 6, 5, 4, 3, 2) divided by 11, keeping only its last digit:
 * Iwamizawa 01210 → 012106, Hokkaido 01000 → 010006, Mikasa 01222 → 012220.
 */
public record LocalGovernmentCode(String value) {

	public LocalGovernmentCode {
		Optional<Problem> problem = check(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException("invalid local government code: " + value);
		}
	}

	/**
	 * Reads a code as written (full-width digits too); a problem when it is not a valid
	 * code.
	 */
	public static Optional<Problem> check(String written) {
		if (written == null) {
			return Optional.of(Problem.of("organisation.code.format", ""));
		}
		String s = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
		if (!s.matches("\\d{6}")) {
			return Optional.of(Problem.of("organisation.code.format", written));
		}
		if (checkDigit(s.substring(0, 5)) != s.charAt(5) - '0') {
			return Optional.of(Problem.of("organisation.code.check-digit", written, checkDigit(s.substring(0, 5))));
		}
		return Optional.empty();
	}

	public static LocalGovernmentCode of(String written) {
		return new LocalGovernmentCode(Normalizer.normalize(written, Normalizer.Form.NFKC).strip());
	}

	static int checkDigit(String fiveDigits) {
		int[] weights = { 6, 5, 4, 3, 2 };
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (fiveDigits.charAt(i) - '0') * weights[i];
		}
		return (11 - sum % 11) % 10;
	}

	/** Whether this is a prefecture's own code: its number and 000 (Hokkaido 010006). */
	public boolean isPrefecture() {
		return value.startsWith("000", 2);
	}

	/** The prefecture part of the code (the first two digits): 01 is Hokkaido. */
	public String prefectureNumber() {
		return value.substring(0, 2);
	}

	@Override
	public String toString() {
		return value;
	}

}
