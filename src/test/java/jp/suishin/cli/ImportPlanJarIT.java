package jp.suishin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/suishin.jar import-plan …} as the README states it, on the
 * packaged jar and an embedded database of its own: the dry run and the commit print only
 * JSON and exit 0, the same file again creates nothing, a file with problems exits 2 with
 * them and stores nothing, bad arguments and an unknown subcommand exit 2 with the usage.
 * Run by failsafe after {@code package}.
 */
class ImportPlanJarIT {

	@TempDir
	static Path data;

	static String database;

	@BeforeAll
	static void aDatabaseOfItsOwn() {
		database = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("suishin").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	record Run(int exit, String out, String err) {

		Map<?, ?> json() throws Exception {
			return JsonMapper.builder().build().readValue(out, Map.class);
		}

	}

	static Run run(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-jar");
		command.add("target/suishin.jar");
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).start();
		process.getOutputStream().close();
		// standard error read on its own thread, so that neither pipe fills up
		java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), out, err.get());
	}

	static Map<?, ?> counts(Map<?, ?> json, String which) {
		return (Map<?, ?>) json.get(which);
	}

	@Test
	void dryRunCommitAndReimport_printOnlyJson() throws Exception {
		String file = "docs/examples/kpi-sheet-example.xlsx";

		Run dry = run("import-plan", "--owner", "012106", "--plan", "試しの計画", "--dry-run", database, file);
		assertThat(dry.exit()).as(dry.err()).isZero();
		Map<?, ?> dryJson = dry.json();
		assertThat(dryJson.get("dryRun")).isEqualTo(true);
		assertThat((Integer) counts(dryJson, "created").get("kpis")).isGreaterThanOrEqualTo(6);
		assertThat(((Map<?, ?>) dryJson.get("plan")).get("owner")).isEqualTo("岩見沢市");

		Run commit = run("import-plan", "--owner", "012106", "--plan", "試しの計画", database, file);
		assertThat(commit.exit()).as(commit.err()).isZero();
		assertThat(commit.json().get("dryRun")).isEqualTo(false);
		assertThat(counts(commit.json(), "created")).isEqualTo(counts(dryJson, "created"));

		Run again = run("import-plan", "--owner", "岩見沢市", "--plan", "試しの計画", database, file);
		assertThat(again.exit()).as(again.err()).isZero();
		assertThat(counts(again.json(), "created")).isEqualTo(Map.of("nodes", 0, "kpis", 0, "values", 0));
		assertThat(counts(again.json(), "changed")).isEqualTo(Map.of("nodes", 0, "kpis", 0, "values", 0));
	}

	@Test
	void aFileWithProblems_exitsTwo_withTheProblems_andStoresNothing(@TempDir Path dir) throws Exception {
		Path bad = dir.resolve("bad.csv");
		Files.writeString(bad, "基本目標,施策,KPI,単位,基準値,目標値,2020\n1 目標,(1) 施策,指標,人,10,20,約？\n", StandardCharsets.UTF_8);

		Run run = run("import-plan", "--owner", "012220", database, bad.toString());
		assertThat(run.exit()).isEqualTo(2);
		Map<?, ?> json = run.json();
		assertThat((List<?>) json.get("problems")).singleElement()
			.satisfies(p -> assertThat(((Map<?, ?>) p).get("cell")).isEqualTo("約？"));

		Run dry = run("import-plan", "--owner", "012220", "--dry-run", database, "docs/examples/kpi-sheet-example.csv");
		assertThat(dry.exit()).as(dry.err()).isZero();
		assertThat(((Map<?, ?>) dry.json().get("plan")).get("existing")).isEqualTo(false);
	}

	@Test
	void badArgumentsAndAnUnknownSubcommand_exitTwo_withTheUsage() throws Exception {
		Run noOwner = run("import-plan", "docs/examples/kpi-sheet-example.xlsx");
		assertThat(noOwner.exit()).isEqualTo(2);
		assertThat(noOwner.out()).isEmpty();
		assertThat(noOwner.err()).contains("--owner").contains("使い方");

		Run unknown = run("import-plans", "--owner", "012106");
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.out()).isEmpty();
		assertThat(unknown.err()).contains("import-plans").contains("使い方");
	}

}
