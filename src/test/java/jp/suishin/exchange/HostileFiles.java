package jp.suishin.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Hostile files, made here for every test that feeds one to a reading: the readers' own
 * tests ({@link HostileFilesTests}) and the channels' (the plan import's, the upload's),
 * which must store nothing.
 */
public final class HostileFiles {

	private HostileFiles() {
	}

	/** A small workbook as Sheets writes it: 評価指標 / 人口, 5. */
	public static byte[] workbook() {
		return Sheets.xlsx("R6", List.of(List.of(SheetCell.text("評価指標"), SheetCell.text("R6")),
				List.of(SheetCell.text("人口"), new SheetCell.Figure(java.math.BigDecimal.valueOf(5), "5"))));
	}

	public static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	public static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** The small workbook with one entry's text edited. */
	public static byte[] edited(String entry, UnaryOperator<String> edit) throws IOException {
		Map<String, byte[]> entries = entries(workbook());
		if (!entries.containsKey(entry)) {
			throw new IllegalArgumentException("no entry " + entry);
		}
		entries.put(entry,
				edit.apply(new String(entries.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		return zip(entries);
	}

	/** An XML entry with a document type declared before its root element. */
	public static UnaryOperator<String> withDoctype(String root, String subset) {
		return xml -> xml.replaceFirst("<" + root + "[ >]", "<!DOCTYPE " + root + " [" + subset + "]>\n$0");
	}

	/** A zip bomb: a sheet of 150 MB of nothing, a small file. */
	public static byte[] zipBomb() {
		try {
			ByteArrayOutputStream bomb = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
				for (Map.Entry<String, byte[]> entry : entries(workbook()).entrySet()) {
					zip.putNextEntry(new ZipEntry(entry.getKey()));
					if (entry.getKey().equals("xl/worksheets/sheet1.xml")) {
						String xml = new String(entry.getValue(), StandardCharsets.UTF_8);
						int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
						zip.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
						byte[] nothing = new byte[1 << 20];
						Arrays.fill(nothing, (byte) ' ');
						for (int i = 0; i < 150; i++) {
							zip.write(nothing);
						}
						zip.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
					}
					else {
						zip.write(entry.getValue());
					}
					zip.closeEntry();
				}
			}
			return bomb.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A workbook of 20,000 zip entries. */
	public static byte[] entryCountBomb() {
		try {
			Map<String, byte[]> entries = entries(workbook());
			for (int i = 0; i < 20_000; i++) {
				entries.put("xl/media/x" + i, new byte[0]);
			}
			return zip(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The internal subset of billion laughs: {@code &lol10;} expands to 3 × 10¹⁰
	 * characters.
	 */
	public static String billionLaughs() {
		StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 10; i++) {
			laughs.append("<!ENTITY lol").append(i).append(" \"");
			laughs.append(("&lol" + (i - 1) + ";").repeat(10));
			laughs.append("\">");
		}
		return laughs.toString();
	}

	/** Billion laughs in the sheet of the small workbook. */
	public static byte[] billionLaughsWorkbook() {
		try {
			return edited("xl/worksheets/sheet1.xml", xml -> withDoctype("worksheet", billionLaughs()).apply(xml)
				.replace("</sheetData>",
						"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&lol10;</t></is></c></row></sheetData>"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An external entity naming a file, used in a cell of the small workbook's sheet. */
	public static byte[] externalEntityWorkbook(java.nio.file.Path secret) {
		String entity = "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">";
		try {
			return edited("xl/worksheets/sheet1.xml", xml -> withDoctype("worksheet", entity).apply(xml)
				.replace("</sheetData>",
						"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** 60 MB of a CSV's lines. */
	public static byte[] sixtyMegabyteCsv() {
		byte[] csv = new byte[60 * 1024 * 1024];
		byte[] line = "評価指標,R6\n".getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + line.length <= csv.length; i += line.length) {
			System.arraycopy(line, 0, csv, i, line.length);
		}
		return csv;
	}

	/** The small workbook declaring a million rows. */
	public static byte[] millionDeclaredRows() {
		try {
			return edited("xl/worksheets/sheet1.xml",
					xml -> xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:B1000000\"/>"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The small workbook cut in half. */
	public static byte[] truncatedWorkbook() {
		byte[] whole = workbook();
		return Arrays.copyOf(whole, whole.length / 2);
	}

	/** A PDF (to be named .xlsx). */
	public static byte[] pdf() {
		String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.US_ASCII);
	}

	/** 100,000 random bytes (to be named .csv). */
	public static byte[] randomBytes() {
		byte[] random = new byte[100_000];
		new Random(12).nextBytes(random);
		return random;
	}

	/** The small workbook encrypted with a password, as Excel protects one (agile). */
	public static byte[] passwordProtectedXlsx() {
		try (POIFSFileSystem container = new POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("himitsu");
			try (OutputStream encrypted = encryptor.getDataStream(container)) {
				encrypted.write(workbook());
			}
			container.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every hostile file above by the name it comes with. */
	public static Map<String, byte[]> all(java.nio.file.Path secret) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("bomb.xlsx", zipBomb());
		files.put("entries.xlsx", entryCountBomb());
		files.put("laughs.xlsx", billionLaughsWorkbook());
		files.put("xxe.xlsx", externalEntityWorkbook(secret));
		files.put("huge.csv", sixtyMegabyteCsv());
		files.put("declared.xlsx", millionDeclaredRows());
		files.put("cut.xlsx", truncatedWorkbook());
		files.put("report.xlsx", pdf());
		files.put("values.csv", randomBytes());
		files.put("protected.xlsx", passwordProtectedXlsx());
		return files;
	}

}
