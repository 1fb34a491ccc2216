package jp.suishin.document.render;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report's HTML, PDF and xlsx renderers, and the evaluation package's, as beans. The
 * PDF's fonts are IPAex Gothic from Debian's {@code fonts-ipaexfont} unless
 * {@code suishin.report.font.regular} (and {@code suishin.report.font.bold}, by default
 * the regular file) name other TrueType files; they are read at the first rendering,
 * which fails with a message naming the missing file.
 */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

	@Bean
	ReportWorkbook reportWorkbook() {
		return new ReportWorkbook();
	}

	@Bean
	ReportHtml reportHtml() {
		return new ReportHtml();
	}

	@Bean
	PackageHtml packageHtml() {
		return new PackageHtml();
	}

	@Bean
	PackagePdf packagePdf(ReportPdf reportPdf) {
		return new PackagePdf(reportPdf);
	}

	@Bean
	ReportPdf reportPdf(@Value("${suishin.report.font.regular:}") String regular,
			@Value("${suishin.report.font.bold:}") String bold) {
		Path regularFile = regular.isBlank() ? FontSet.IPAEX_GOTHIC : Path.of(regular);
		Path boldFile = bold.isBlank() ? regularFile : Path.of(bold);
		return new ReportPdf(FontSet.of("IPAexGothic", regularFile, boldFile));
	}

}
