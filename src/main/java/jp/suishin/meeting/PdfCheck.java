package jp.suishin.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import jp.suishin.refusal.Validated;

/**
 * The one check of an uploaded PDF of minutes: declared as {@code application/pdf}, at
 * most {@link #MAX_BYTES}, starting with {@code %PDF-1.} or {@code %PDF-2.} and ending
 * (within its last kilobyte, as readers look for it) with {@code %%EOF}, whatever the
 * file is called. It is stored as uploaded and always served as an attachment of type
 * {@code application/pdf} with {@code nosniff}, never shown inline.
 */
public final class PdfCheck {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public static final int FILE_NAME_MAX_LENGTH = 200;

	private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private PdfCheck() {
	}

	/** A PDF as checked, with a file name fit to print. */
	public record CheckedPdf(String fileName, byte[] bytes) {
	}

	public static Validated<CheckedPdf> check(byte[] uploaded, String declaredType, String fileName) {
		if (uploaded == null || uploaded.length == 0) {
			return Validated.rejected("meeting.pdf.required");
		}
		if (uploaded.length > MAX_BYTES) {
			return Validated.rejected("meeting.pdf.too-large", MAX_BYTES / (1024 * 1024));
		}
		if (!declaredPdf(declaredType)) {
			return Validated.rejected("meeting.pdf.type");
		}
		if (!startsLikePdf(uploaded) || !endsLikePdf(uploaded)) {
			return Validated.rejected("meeting.pdf.not-pdf");
		}
		return Validated.valid(new CheckedPdf(fileName(fileName), uploaded));
	}

	private static boolean declaredPdf(String declaredType) {
		if (declaredType == null) {
			return false;
		}
		String type = declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return type.equals("application/pdf");
	}

	private static boolean startsLikePdf(byte[] bytes) {
		byte[] head = "%PDF-".getBytes(StandardCharsets.US_ASCII);
		return bytes.length > head.length + 1 && Arrays.equals(bytes, 0, head.length, head, 0, head.length)
				&& (bytes[head.length] == '1' || bytes[head.length] == '2') && bytes[head.length + 1] == '.';
	}

	private static boolean endsLikePdf(byte[] bytes) {
		int from = Math.max(0, bytes.length - 1024);
		for (int i = bytes.length - EOF.length; i >= from; i--) {
			if (Arrays.equals(bytes, i, i + EOF.length, EOF, 0, EOF.length)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The name as uploaded without any folder, control or quoting characters, at most
	 * {@link #FILE_NAME_MAX_LENGTH} long, ending in .pdf; {@code minutes.pdf} when
	 * nothing is left.
	 */
	static String fileName(String written) {
		String name = written == null ? "" : written;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
		if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			name = name + ".pdf";
		}
		if (name.length() > FILE_NAME_MAX_LENGTH) {
			name = name.substring(name.length() - FILE_NAME_MAX_LENGTH);
		}
		return name.equals(".pdf") ? "minutes.pdf" : name;
	}

}
