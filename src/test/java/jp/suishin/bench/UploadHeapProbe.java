package jp.suishin.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.UploadingValues;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * W3's heap, measured honestly: a child JVM with {@code -Xmx256m} starts the application
 * on the bench's schema and uploads sheets through {@link UploadingValues}, one after the
 * other; for each it reports whether it completed and the peak of the heap pools during
 * the upload ({@link MemoryPoolMXBean} peak usage, reset after a GC just before).
 */
public final class UploadHeapProbe {

	static final String MAX_HEAP = "-Xmx256m";

	private static final String RESULT = "W3-RESULT ";

	private UploadHeapProbe() {
	}

	/** One upload: to which collection, as whom, which file. */
	record Job(long collectionId, String login, long organisationId, Long departmentId, Path file) {

		Viewer viewer() {
			return new Viewer(-1L, login, login, false,
					List.of(departmentId == null ? new Grant(organisationId, Role.PLANNER, null)
							: new Grant(organisationId, Role.DEPARTMENT_EDITOR, departmentId)));
		}

	}

	/**
	 * @param bytes the file's size
	 * @param peakHeap the sum of the heap pools' peaks during the upload
	 * @param peakOld the old generation's peak
	 * @param recorded values stored
	 * @param outcome {@code stored}, or the first problem's message key
	 */
	record Result(long bytes, long peakHeap, long peakOld, int recorded, String outcome, boolean outOfMemory) {
	}

	/** Runs the jobs in a child JVM of 256 MB heap, on the schema. */
	static List<Result> inChild(BenchContext context, String schema, List<Job> jobs) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), MAX_HEAP, "-cp",
						System.getProperty("java.class.path"), UploadHeapProbe.class.getName(), context.jdbcUrl(schema),
						context.user(), context.password().isEmpty() ? "-" : context.password(), schema));
		for (Job job : jobs) {
			command.addAll(List.of(Long.toString(job.collectionId()), job.login(), Long.toString(job.organisationId()),
					job.departmentId() == null ? "-" : job.departmentId().toString(), job.file().toString()));
		}
		Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<Result> results = new ArrayList<>();
		Deque<String> tail = new ArrayDeque<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith(RESULT)) {
					String[] f = line.substring(RESULT.length()).split(" ");
					results.add(new Result(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
							Integer.parseInt(f[3]), f[4], Boolean.parseBoolean(f[5])));
				}
				else {
					tail.addLast(line);
					if (tail.size() > 40) {
						tail.removeFirst();
					}
				}
			}
		}
		if (!child.waitFor(10, TimeUnit.MINUTES)) {
			child.destroyForcibly();
			throw new IllegalStateException("W3 heap probe did not finish");
		}
		if (child.exitValue() != 0 || results.size() != jobs.size()) {
			throw new IllegalStateException(
					"W3 heap probe failed (exit " + child.exitValue() + "):\n" + String.join("\n", tail));
		}
		return results;
	}

	/** {@code url user password schema} and then five arguments a job. */
	public static void main(String[] args) throws Exception {
		BenchContext context = new BenchContext(Size.SMOKE, args[0].substring(0, args[0].indexOf("currentSchema=") - 1),
				args[1], args[2].equals("-") ? "" : args[2]);
		String schema = args[3];
		ConfigurableApplicationContext app = context.application(schema, false);
		UploadingValues uploading = app.getBean(UploadingValues.class);
		for (int i = 4; i + 4 < args.length; i += 5) {
			Job job = new Job(Long.parseLong(args[i]), args[i + 1], Long.parseLong(args[i + 2]),
					args[i + 3].equals("-") ? null : Long.valueOf(args[i + 3]), Path.of(args[i + 4]));
			byte[] content = Files.readAllBytes(job.file());
			System.gc();
			List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP)
				.toList();
			pools.forEach(MemoryPoolMXBean::resetPeakUsage);
			boolean outOfMemory = false;
			String outcome;
			int recorded = 0;
			try {
				UploadingValues.Upload upload = uploading.upload(job.viewer(), job.collectionId(),
						job.file().getFileName().toString(), content);
				recorded = upload.recorded();
				outcome = upload.stored() ? "stored" : upload.problems().get(0).problem().messageKey();
			}
			catch (OutOfMemoryError ex) {
				outOfMemory = true;
				outcome = "OutOfMemoryError";
			}
			long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			long old = pools.stream()
				.filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum();
			System.out.println(RESULT + content.length + " " + peak + " " + old + " " + recorded + " " + outcome + " "
					+ outOfMemory);
		}
		app.close();
		System.exit(0);
	}

}
