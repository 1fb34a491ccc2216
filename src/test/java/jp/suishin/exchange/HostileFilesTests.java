package jp.suishin.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files, each made by the test: refused cheaply by the one reading
 * ({@link Workbooks#read} and {@link Sheets#read} alike) with one message key, the JVM
 * alive and reading the next file as before.
 */
class HostileFilesTests {

	@TempDir
	Path directory;

	/** A good workbook reads after every hostile one: nothing was left broken. */
	@AfterEach
	void theJvmReadsTheNextFileAsBefore() {
		Workbook read = Workbooks.read("ok.xlsx", workbook());
		assertThat(read.sheets().get(0).cell(1, 0).text()).isEqualTo("人口");
		assertThat(Runtime.getRuntime().freeMemory()).isPositive();
	}

	/** Both readings refuse the file with the same key; the refusal, by Workbooks. */
	static UnreadableSheet refused(String fileName, byte[] content, String messageKey) {
		UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class, () -> Workbooks.read(fileName, content));
		assertThat(refused).as("refused: " + fileName).isNotNull();
		assertThat(refused.problem().messageKey()).isEqualTo(messageKey);
		UnreadableSheet bySheets = catchThrowableOfType(UnreadableSheet.class, () -> Sheets.read(fileName, content));
		assertThat(bySheets).as("refused by Sheets.read too: " + fileName).isNotNull();
		assertThat(bySheets.problem().messageKey()).isEqualTo(messageKey);
		return refused;
	}

	/** A small workbook as Sheets writes it: 評価指標 / 人口, 5. */
	static byte[] workbook() {
		return Sheets.xlsx("R6", List.of(List.of(SheetCell.text("評価指標"), SheetCell.text("R6")),
				List.of(SheetCell.text("人口"), new SheetCell.Figure(java.math.BigDecimal.valueOf(5), "5"))));
	}

	static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
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
	static byte[] edited(String entry, UnaryOperator<String> edit) throws IOException {
		Map<String, byte[]> entries = entries(workbook());
		assertThat(entries).containsKey(entry);
		entries.put(entry,
				edit.apply(new String(entries.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
		return zip(entries);
	}

	/** An XML entry with a document type declared before its root element. */
	static UnaryOperator<String> withDoctype(String root, String subset) {
		return xml -> xml.replaceFirst("<" + root + "[ >]", "<!DOCTYPE " + root + " [" + subset + "]>\n$0");
	}

	@Test
	void aZipBomb_aHugeSheetOfNothing_isRefusedBeforeItIsParsed() throws IOException {
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
		assertThat(bomb.size()).as("a small file").isLessThan(1_000_000);
		refused("bomb.xlsx", bomb.toByteArray(), "exchange.zip-bomb");
	}

	/**
	 * A bomb whose directory lies about its size: caught as it inflates, by POI's inflate
	 * ratio check (left on).
	 */
	@Test
	void aZipBombWhoseDirectoryLiesAboutItsSize_isRefusedAsItInflates() throws IOException {
		Map<String, byte[]> entries = entries(workbook());
		byte[] padding = new byte[40 << 20];
		Arrays.fill(padding, (byte) ' ');
		entries.put("xl/padding.xml", padding);
		byte[] zip = zip(entries);
		// the central directory's uncompressed size of the padding: a few bytes
		int name = indexOf(zip, "xl/padding.xml".getBytes(StandardCharsets.US_ASCII), zip.length / 2);
		int header = name - 46;
		assertThat(zip[header]).isEqualTo((byte) 'P');
		zip[header + 24] = 100;
		zip[header + 25] = 0;
		zip[header + 26] = 0;
		zip[header + 27] = 0;
		refused("lying.xlsx", zip, "exchange.zip-bomb");
	}

	@Test
	void anEntryCountBomb_isRefusedFromItsDirectory() throws IOException {
		Map<String, byte[]> entries = entries(workbook());
		for (int i = 0; i < 20_000; i++) {
			entries.put("xl/media/x" + i, new byte[0]);
		}
		refused("entries.xlsx", zip(entries), "exchange.too-many-entries");
	}

	@Test
	void duplicateEntries_areRefused_byExactAndByCaseInsensitiveName() throws IOException {
		Map<String, byte[]> entries = entries(workbook());
		byte[] other = withDoctype("x", "").apply("<x>").getBytes(StandardCharsets.UTF_8);
		entries.put("xl/worksheets/sheet1.xmZ", other);
		byte[] zip = zip(entries);
		// both the local header and the directory name the entry as the sheet
		byte[] twin = "xl/worksheets/sheet1.xmZ".getBytes(StandardCharsets.US_ASCII);
		for (int at = indexOf(zip, twin, 0); at >= 0; at = indexOf(zip, twin, at + 1)) {
			zip[at + twin.length - 1] = 'l';
		}
		UnreadableSheet exact = refused("twins.xlsx", zip, "exchange.duplicate-entries");
		assertThat(exact.problem().arguments()).containsExactly("twins.xlsx", "xl/worksheets/sheet1.xml");

		Map<String, byte[]> cased = entries(workbook());
		cased.put("XL/Worksheets/Sheet1.xml", other);
		refused("cased.xlsx", zip(cased), "exchange.duplicate-entries");
	}

	/**
	 * An external entity naming a local file, in the sheet, the shared strings and the
	 * workbook part: refused, and the file's content never read into a cell.
	 */
	@Test
	void anExternalEntity_isNeverResolved() throws IOException {
		String secret = "secret-" + UUID.randomUUID();
		Path file = Files.writeString(directory.resolve("secret.txt"), secret);
		String entity = "<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">";
		Map<String, UnaryOperator<String>> places = Map.of("xl/worksheets/sheet1.xml",
				xml -> withDoctype("worksheet", entity).apply(xml)
					.replace("</sheetData>",
							"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>"),
				"xl/sharedStrings.xml",
				xml -> withDoctype("sst", entity).apply(xml).replace("<t>人口</t>", "<t>&xxe;</t>"), "xl/workbook.xml",
				xml -> withDoctype("workbook", entity).apply(xml).replace("name=\"R6\"", "name=\"&xxe;\""),
				"[Content_Types].xml", xml -> withDoctype("Types", entity).apply(xml));
		for (Map.Entry<String, UnaryOperator<String>> place : places.entrySet()) {
			byte[] crafted = edited(place.getKey(), place.getValue());
			assertThat(new String(crafted, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
			try {
				Workbook read = Workbooks.read("xxe.xlsx", crafted);
				assertThat(read.toString()).as(place.getKey()).doesNotContain(secret);
			}
			catch (UnreadableSheet refused) {
				assertThat(refused.problem().messageKey()).as(place.getKey())
					.isIn("exchange.dtd", "exchange.unreadable");
				assertThat(refused.problem().toString()).doesNotContain(secret);
			}
		}
		// where the reader parses the XML itself, the DTD is refused by name
		refused("xxe.xlsx", edited("xl/worksheets/sheet1.xml", places.get("xl/worksheets/sheet1.xml")), "exchange.dtd");
		refused("xxe.xlsx", edited("xl/sharedStrings.xml", places.get("xl/sharedStrings.xml")), "exchange.dtd");
	}

	/** Billion laughs: entities expanding to gigabytes, refused where the DTD starts. */
	@Test
	void entityExpansion_isRefused() throws IOException {
		StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 10; i++) {
			laughs.append("<!ENTITY lol").append(i).append(" \"");
			laughs.append(("&lol" + (i - 1) + ";").repeat(10));
			laughs.append("\">");
		}
		String expanding = laughs.toString();
		refused("laughs.xlsx",
				edited("xl/worksheets/sheet1.xml", xml -> withDoctype("worksheet", expanding).apply(xml)
					.replace("</sheetData>",
							"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&lol10;</t></is></c></row></sheetData>")),
				"exchange.dtd");
		refused("laughs.xlsx",
				edited("xl/sharedStrings.xml",
						xml -> withDoctype("sst", expanding).apply(xml).replace("<t>人口</t>", "<t>&lol10;</t>")),
				"exchange.dtd");
	}

	@Test
	void aSixtyMegabyteCsv_isRefusedByItsSize_beforeAnythingIsParsed() {
		byte[] csv = new byte[60 * 1024 * 1024];
		byte[] line = "評価指標,R6\n".getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + line.length <= csv.length; i += line.length) {
			System.arraycopy(line, 0, csv, i, line.length);
		}
		UnreadableSheet refused = assertTimeout(Duration.ofSeconds(5),
				() -> refused("huge.csv", csv, "exchange.too-large"));
		assertThat(refused.problem().arguments()).containsExactly("huge.csv", Workbooks.MAX_FILE_BYTES / 1024 / 1024);
	}

	/** A file on disk is refused by its size before it is read into memory. */
	@Test
	void aSixtyMegabyteFileOnDisk_isRefusedByItsSize_unread() throws IOException {
		Path file = directory.resolve("huge.xlsx");
		try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(60L * 1024 * 1024);
		}
		UnreadableSheet refused = assertTimeout(Duration.ofSeconds(5),
				() -> catchThrowableOfType(UnreadableSheet.class, () -> Workbooks.read(file)));
		assertThat(refused.problem().messageKey()).isEqualTo("exchange.too-large");
		assertThat(refused.problem().arguments()).containsExactly("huge.xlsx", Workbooks.MAX_FILE_BYTES / 1024 / 1024);
		Path small = Files.write(directory.resolve("ok.xlsx"), workbook());
		assertThat(Workbooks.read(small).sheets().get(0).name()).isEqualTo("R6");
	}

	@Test
	void aMillionDeclaredRows_areRefused_whetherDeclaredOrWritten() throws IOException {
		refused("declared.xlsx",
				edited("xl/worksheets/sheet1.xml",
						xml -> xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:B1000000\"/>")),
				"exchange.too-many-rows");
		assertThat(new String(entries(workbook()).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8))
			.as("the dimension replaced above")
			.containsPattern("<dimension ref=\"[^\"]*\"/>");
		UnreadableSheet written = refused("far.xlsx",
				edited("xl/worksheets/sheet1.xml",
						xml -> xml.replace("</sheetData>",
								"<row r=\"1000000\"><c r=\"A1000000\"><v>1</v></c></row></sheetData>")),
				"exchange.too-many-rows");
		assertThat(written.row()).isEqualTo(1_000_000);

		try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			xls.createSheet("R6").createRow(60_000).createCell(0).setCellValue(1);
			xls.write(out);
			refused("far.xls", out.toByteArray(), "exchange.too-many-rows");
		}
	}

	@Test
	void aTruncatedWorkbook_isUnreadable() throws IOException {
		byte[] whole = workbook();
		for (int length : List.of(whole.length / 2, whole.length - 30, 100)) {
			refused("cut.xlsx", Arrays.copyOf(whole, length), "exchange.unreadable");
		}
		try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			xls.createSheet("R6").createRow(0).createCell(0).setCellValue("評価指標");
			xls.write(out);
			refused("cut.xls", Arrays.copyOf(out.toByteArray(), out.size() / 2), "exchange.unreadable");
		}
	}

	@Test
	void aPdfNamedXlsx_andRandomBytesNamedCsv_areUnreadable() {
		String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
		UnreadableSheet refused = refused("report.xlsx", pdf.getBytes(StandardCharsets.US_ASCII),
				"exchange.unreadable");
		assertThat(refused.problem().arguments()).containsExactly("report.xlsx");
		byte[] random = new byte[100_000];
		new Random(12).nextBytes(random);
		refused("values.csv", random, "exchange.unreadable");
	}

	@Test
	void aPasswordProtectedXlsx_isRefusedAsProtected() throws Exception {
		try (POIFSFileSystem container = new POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("himitsu");
			try (OutputStream encrypted = encryptor.getDataStream(container)) {
				encrypted.write(workbook());
			}
			container.writeFilesystem(out);
			UnreadableSheet refused = refused("protected.xlsx", out.toByteArray(), "exchange.encrypted");
			assertThat(refused.problem().arguments()).containsExactly("protected.xlsx");
		}
		// a container with nothing but an encrypted package's streams
		try (POIFSFileSystem container = new POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			container.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
			container.writeFilesystem(out);
			refused("minimal.xlsx", out.toByteArray(), "exchange.encrypted");
		}
	}

	@Test
	void aPasswordProtectedXls_isRefusedAsProtected() throws IOException {
		byte[] protectedXls;
		try (HSSFWorkbook xls = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			xls.createSheet("R6").createRow(0).createCell(0).setCellValue("評価指標");
			Biff8EncryptionKey.setCurrentUserPassword("himitsu");
			try {
				xls.write(out);
			}
			finally {
				Biff8EncryptionKey.setCurrentUserPassword(null);
			}
			protectedXls = out.toByteArray();
		}
		refused("protected.xls", protectedXls, "exchange.encrypted");
	}

	@Test
	void aReadThatOutlivesItsTimeLimit_isStopped() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("R6").createRow(0).createCell(0).setCellValue("評価指標");
			workbook.write(out);
			xls = out.toByteArray();
		}
		for (byte[] content : List.of(workbook(), xls, "評価指標,R6\n人口,5\n".getBytes(StandardCharsets.UTF_8))) {
			UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class,
					() -> Workbooks.read("slow", content, Duration.ZERO));
			assertThat(refused).isNotNull();
			assertThat(refused.problem().messageKey()).isEqualTo("exchange.too-slow");
			assertThatNoException().isThrownBy(() -> Workbooks.read("slow", content, Duration.ofSeconds(20)));
		}
	}

	/**
	 * Memory or stack running out while a file is read (here in the receiver of its rows)
	 * is a refusal like any other, never an error that kills the request or the JVM.
	 */
	@Test
	void runningOutOfMemoryOrStackWhileReading_isARefusal() {
		for (Error error : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError())) {
			UnreadableSheet refused = catchThrowableOfType(UnreadableSheet.class,
					() -> Sheets.read("big.xlsx", workbook(), (number, cells) -> {
						throw error;
					}));
			assertThat(refused).isNotNull();
			assertThat(refused.problem().messageKey()).isEqualTo("exchange.too-complex");
		}
	}

	/** An OLE2 container that is no workbook (a Word document, say) is unreadable. */
	@Test
	void anOle2ContainerThatIsNoWorkbook_isUnreadable() throws IOException {
		try (POIFSFileSystem container = new POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			container.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
			container.writeFilesystem(out);
			refused("letter.xls", out.toByteArray(), "exchange.unreadable");
		}
	}

	/** What a receiver throws goes through unchanged, as before, whatever the format. */
	@Test
	void whatTheReceiverThrows_goesThroughUnchanged() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("R6").createRow(0).createCell(0).setCellValue("評価指標");
			workbook.write(out);
			xls = out.toByteArray();
		}
		IllegalStateException mine = new IllegalStateException("mine");
		for (byte[] content : List.of("a,b\n".getBytes(StandardCharsets.UTF_8), workbook(), xls)) {
			assertThat(catchThrowableOfType(IllegalStateException.class, () -> Sheets.read("file", content, (n, c) -> {
				throw mine;
			}))).isSameAs(mine);
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle, int from) {
		outer: for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
