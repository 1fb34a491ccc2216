package jp.suishin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The table {@code bench/run} prints and writes into {@code docs/benchmarks.md}, between
 * its markers, with the machine and the date; the rest of that file (what profiling
 * found) is kept as it is.
 */
public final class ResultTable {

	static final String BEGIN = "<!-- bench:results:begin -->";

	static final String END = "<!-- bench:results:end -->";

	private ResultTable() {
	}

	public static String markdown(Size size, List<Row> rows) {
		StringBuilder out = new StringBuilder();
		out.append("Run of ")
			.append(LocalDate.now())
			.append(", size `")
			.append(size.name())
			.append("` (")
			.append(size.organisations())
			.append(" organisations, ")
			.append(size.kpisPerPlan())
			.append(" KPIs per plan, ")
			.append(size.years())
			.append(" years), on ")
			.append(machine())
			.append(".\n\n");
		out.append("| workload | Suishin | baseline | ratio | goal | met | note |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			out.append("| ")
				.append(String.join(" | ", row.workload(), row.suishin(), row.baseline(), row.ratio(), row.goal(),
						row.verdict().shown(), row.note() == null ? "" : row.note().replace("|", "\\|")))
				.append(" |\n");
		}
		return out.toString();
	}

	static String machine() {
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		return Runtime.getRuntime().availableProcessors() + " cores, " + memory / (1024L * 1024 * 1024) + " GiB, "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
	}

	/** Puts the table between the markers of the file, creating the file if needed. */
	public static void writeInto(Path file, String table) throws IOException {
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
				: "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		if (begin < 0 || end < begin) {
			text = text + "\n" + BEGIN + "\n" + END + "\n";
			begin = text.indexOf(BEGIN);
			end = text.indexOf(END);
		}
		String updated = text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, updated, StandardCharsets.UTF_8);
	}

}
