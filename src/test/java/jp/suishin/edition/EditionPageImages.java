package jp.suishin.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.suishin.document.PdfPageImages;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Writes the page images of the sample editions' PDFs (the Sorachi policy's 令和6年度版 and
 * 令和7年度版, as stored at publication) under {@code docs/editions/}, for review: run with
 * {@code -Dsuishin.edition.page-images=true}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "suishin.edition.page-images", matches = "true")
class EditionPageImages {

	@Autowired
	EditionRepository editions;

	@Autowired
	PlanRepository plans;

	@Test
	void writeThePagesOfBothSorachiEditions() throws IOException {
		long plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		Path dir = Files.createDirectories(Path.of("docs", "editions"));
		for (int year : new int[] { 2023, 2024 }) {
			Edition edition = editions.ofPlanYear(plan, FiscalYear.of(year)).get(0);
			EditionFile pdf = editions.filesOf(java.util.List.of(edition.id()))
				.get(edition.id())
				.stream()
				.filter(f -> f.extension().equals("pdf"))
				.findFirst()
				.orElseThrow();
			PdfPageImages.write(editions.file(edition.id(), pdf.name()).orElseThrow().bytes(), dir,
					"sorachi-doo-policy-2021_" + year + "_ed1", 60);
		}
	}

}
