package jp.suishin.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes a PDF's pages as PNG images for review under {@code docs/}: the editions', the
 * evaluation package's and the PDCA year journey's page images are written the same way,
 * {@code <stem>-p01.png}, {@code <stem>-p02.png}, …
 */
public final class PdfPageImages {

	private PdfPageImages() {
	}

	/**
	 * @param dir the folder, created if need be
	 * @param stem the images' name before {@code -pNN.png}
	 * @param dpi the resolution the pages are rendered at
	 * @return the images written, in page order
	 */
	public static List<Path> write(byte[] pdf, Path dir, String stem, float dpi) throws IOException {
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, dpi);
				Path file = dir.resolve(stem + "-p" + String.format("%02d", page + 1) + ".png");
				ImageIO.write(image, "png", file.toFile());
				written.add(file);
			}
		}
		return written;
	}

}
