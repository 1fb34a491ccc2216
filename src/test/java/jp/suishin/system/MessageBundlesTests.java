package jp.suishin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Japanese and English bundles have the same keys, and every key a template or class uses
 * exists.
 */
class MessageBundlesTests {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void japaneseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		Pattern template = Pattern.compile("#\\{([a-z][\\w.-]*)[(}]");
		Pattern code = Pattern
			.compile("\"((?:kpi|notation|organisation|kpilist|progress|api|error)\\.[a-z][\\w.-]*[a-z])\"");
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
				Files.walk(Path.of("src/main/java")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file);
				Matcher m = (file.toString().endsWith(".html") ? template : code).matcher(text);
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

}
