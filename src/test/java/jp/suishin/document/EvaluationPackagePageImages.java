package jp.suishin.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.document.render.PackagePdf;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Writes the evaluation package of a sample plan's year, as its owner's planner sees it,
 * under {@code docs/evaluation-package/} (the PDF and one PNG per page), for review: run
 * with {@code -Dsuishin.package.page-images=true}; {@code -Dsuishin.package.plan=<key>}
 * (Iwamizawa's plan by default) and {@code -Dsuishin.package.year=<西暦>} (2024 by default)
 * choose the package. The PDCA year's parts are those the installed modules give (the
 * sample data's example sheets and donations once they are merged).
 */
@SpringBootTest(properties = "suishin.reminders.cron=-")
@EnabledIfSystemProperty(named = "suishin.package.page-images", matches = "true")
class EvaluationPackagePageImages {

	@Autowired
	DraftingPackage drafting;

	@Autowired
	PackagePdf pdf;

	@Autowired
	PlanRepository plans;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Test
	void writeThePagesOfTheSamplePlansPackage() throws IOException {
		String key = System.getProperty("suishin.package.plan", "iwamizawa-regional-revitalization");
		FiscalYear year = FiscalYear.of(Integer.getInteger("suishin.package.year", 2024));
		Plan plan = plans.findByKey(key).orElseThrow();
		String owner = organisations.findById(plan.ownerId()).orElseThrow().key();
		Viewer planner = accounts.account("package-images-planner", owner, Role.PLANNER);
		EvaluationPackage content = drafting.draft(planner, plan.id(), year);
		byte[] bytes = pdf.render(content, Locale.JAPANESE);

		Path dir = Files.createDirectories(Path.of("docs", "evaluation-package"));
		String stem = PackagePdf.fileName(content).replace(".pdf", "");
		Files.write(dir.resolve(stem + ".pdf"), bytes);
		PdfPageImages.write(bytes, dir, stem, 60);
	}

}
