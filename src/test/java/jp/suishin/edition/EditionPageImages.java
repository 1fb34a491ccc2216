package jp.suishin.edition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import jp.suishin.SuishinApplication;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Page images of the sample editions' PDFs for docs/: starts the application on an
 * embedded database of its own (the sample data publishes the editions on the first
 * start, as it does for a new user), reads every published edition's stored PDF and
 * writes {@code <plan>-<data year>-ed<N>-p<page>.png} at 72 dpi into the directory given
 * (default {@code docs/images/editions}). Run by {@code scripts/edition-page-images}.
 */
public final class EditionPageImages {

	static final float DPI = 72;

	private EditionPageImages() {
	}

	public static void main(String[] args) throws IOException {
		Path directory = Path.of(args.length > 0 ? args[0] : "docs/images/editions");
		Files.createDirectories(directory);
		Path data = Files.createTempDirectory("suishin-page-images");
		SpringApplication application = new SpringApplication(SuishinApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		try (ConfigurableApplicationContext context = application
			.run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("suishin").toAbsolutePath()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
			EditionCatalogue catalogue = context.getBean(EditionCatalogue.class);
			for (EditionCatalogue.Entry entry : catalogue.catalogue()) {
				Edition edition = entry.edition();
				for (EditionFile file : entry.files()) {
					if (!file.contentType().equals("application/pdf")) {
						continue;
					}
					byte[] pdf = catalogue.file(edition.id(), file.name()).bytes();
					String name = String.format(Locale.ROOT, "%s-%d-ed%d", entry.plan().key(),
							edition.dataYear().value(), edition.number());
					write(pdf, directory, name);
				}
			}
		}
	}

	static void write(byte[] pdf, Path directory, String name) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
				Path file = directory.resolve(name + "-p" + (page + 1) + ".png");
				ImageIO.write(image, "png", file.toFile());
				System.out.println(file);
			}
		}
	}

}
