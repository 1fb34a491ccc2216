package jp.suishin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

/**
 * The contract as the README states it, on the packaged jar:
 * {@code java -jar target/suishin.jar evaluate …} prints only JSON and exits 0; a
 * malformed file exits 2. Run by failsafe after {@code package}.
 */
class EvaluateJarIT {

	static Process start(String... args) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String[] command = new String[args.length + 3];
		command[0] = java;
		command[1] = "-jar";
		command[2] = "target/suishin.jar";
		System.arraycopy(args, 0, command, 3, args.length);
		return new ProcessBuilder(command).start();
	}

	@Test
	void theJarPrintsOnlyJson() throws Exception {
		Process process = start("evaluate", "--year", "2024", "docs/examples/sorachi-fy2024.csv");
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(err).isZero();
		assertThat(err).isEmpty();
		Map<?, ?> json = JsonMapper.builder().build().readValue(out, Map.class);
		assertThat(json.get("scheme")).isEqualTo("ratio");
		assertThat(((Map<?, ?>) json.get("summary")).get("unique")).isEqualTo(7);
	}

	@Test
	void theJarExitsTwoOnMalformedInput() throws Exception {
		Process process = start("evaluate", "--year", "2024", "pom.xml");
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(out).isEmpty();
		assertThat(err).contains("行目");
	}

}
