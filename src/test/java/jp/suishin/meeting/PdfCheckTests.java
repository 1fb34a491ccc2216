package jp.suishin.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jp.suishin.refusal.Problem;
import org.junit.jupiter.api.Test;

/** What passes for the PDF of a meeting's minutes, whatever the upload claims. */
class PdfCheckTests {

	/** A small but complete PDF (one empty page), as a writer saves it. */
	static byte[] pdf() {
		String text = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""";
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void aPdfDeclaredAsPdf_passes_withItsNameAsUploaded() {
		PdfCheck.CheckedPdf checked = PdfCheck.check(pdf(), "application/pdf", "C:\\会議\\第2回懇談会 議事録.pdf")
			.accepted()
			.orElseThrow();
		assertThat(checked.fileName()).isEqualTo("第2回懇談会 議事録.pdf");
		assertThat(checked.bytes()).isEqualTo(pdf());
	}

	@Test
	void aPictureNamedPdf_aPdfDeclaredAsSomethingElse_andATruncatedPdf_areRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 };
		assertThat(rejection(png, "application/pdf")).isEqualTo(Problem.of("meeting.pdf.not-pdf"));
		assertThat(rejection(pdf(), "text/html")).isEqualTo(Problem.of("meeting.pdf.type"));
		assertThat(rejection(pdf(), null)).isEqualTo(Problem.of("meeting.pdf.type"));
		byte[] truncated = java.util.Arrays.copyOf(pdf(), 40);
		assertThat(rejection(truncated, "application/pdf")).isEqualTo(Problem.of("meeting.pdf.not-pdf"));
		assertThat(rejection(new byte[0], "application/pdf")).isEqualTo(Problem.of("meeting.pdf.required"));
	}

	@Test
	void aPdfOverTheCap_isRefusedBeforeAnythingElse() {
		byte[] large = new byte[PdfCheck.MAX_BYTES + 1];
		System.arraycopy(pdf(), 0, large, 0, pdf().length);
		assertThat(rejection(large, "application/pdf")).isEqualTo(Problem.of("meeting.pdf.too-large", 10));
	}

	@Test
	void aFileNameLosesFoldersAndQuotes_andEndsInPdf() {
		assertThat(PdfCheck.fileName("../../etc/\"minutes\";.txt")).isEqualTo("minutes.txt.pdf");
		assertThat(PdfCheck.fileName(null)).isEqualTo("minutes.pdf");
		assertThat(PdfCheck.fileName("a".repeat(300) + ".pdf")).hasSize(PdfCheck.FILE_NAME_MAX_LENGTH).endsWith(".pdf");
	}

	static Problem rejection(byte[] bytes, String type) {
		return PdfCheck.check(bytes, type, "x.pdf").rejection().orElseThrow();
	}

}
