package jp.suishin.document.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Page images of a PDF, for docs/: {@code PageImages <pdf> <directory> <name> [pages]}
 * writes {@code <name>-p1.png …} (at most {@code pages} pages, 72 dpi). Run by
 * {@code scripts/report-page-images}.
 */
public final class PageImages {

	static final float DPI = 72;

	private PageImages() {
	}

	public static void main(String[] args) throws IOException {
		Path pdf = Path.of(args[0]);
		Path directory = Path.of(args[1]);
		String name = args[2];
		int most = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
		for (Path written : write(Files.readAllBytes(pdf), directory, name, most)) {
			System.out.println(written);
		}
	}

	static List<Path> write(byte[] pdf, Path directory, String name, int most) throws IOException {
		Files.createDirectories(directory);
		List<Path> written = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < Math.min(most, document.getNumberOfPages()); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
				Path file = directory.resolve(name + "-p" + (page + 1) + ".png");
				ImageIO.write(image, "png", file.toFile());
				written.add(file);
			}
		}
		return written;
	}

}
