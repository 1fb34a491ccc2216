package jp.suishin.document.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jp.suishin.document.ReportDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: how long a 200-KPI plan's PDF takes, with IPAex and with a Latin-only font
 * ({@code -Dsuishin.probe=true}; the bench's W4 measures it for real).
 */
@EnabledIfSystemProperty(named = "suishin.probe", matches = "true")
class ReportPdfTimingProbe {

	@Test
	void twoHundredKpis() throws Exception {
		ReportDocument large = ReportFixture.sorachi(29);
		ReportPdf ipaex = new ReportPdf();
		ReportPdf latin = new ReportPdf(
				FontSet.of("DejaVu Sans", Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
						Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")));
		for (int i = 0; i < 4; i++) {
			long start = System.nanoTime();
			byte[] pdf = ipaex.render(large, Locale.JAPANESE);
			long middle = System.nanoTime();
			byte[] latinPdf = latin.render(large, Locale.JAPANESE);
			long end = System.nanoTime();
			System.out.printf("PROBE ipaex %d ms (%d bytes), latin %d ms (%d bytes)%n", (middle - start) / 1_000_000,
					pdf.length, (end - middle) / 1_000_000, latinPdf.length);
			if (i == 0) {
				Files.write(Path.of("target", "report-tests", "large.pdf"), pdf);
			}
		}
	}

}
