package jp.suishin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.suishin.account.Role;
import jp.suishin.audit.AuditAction;
import jp.suishin.collection.CollectionState;
import jp.suishin.collection.ItemState;
import jp.suishin.collection.Remark;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.ValueStatus;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.progress.Change;
import jp.suishin.progress.Outlook;
import org.junit.jupiter.api.Test;

/**
 * The bundles: Japanese and English have the same keys, every key that a template or
 * class uses exists (whatever its prefix, and the keys built from an enum's constants),
 * English says nothing in Japanese, and templates carry no Japanese that does not come
 * from a bundle. The same for the engine's bundles ({@code jp/suishin/progress/engine}).
 */
class MessageBundlesTests {

	static final String MESSAGES = "messages.properties";

	static final String MESSAGES_EN = "messages_en.properties";

	static final String ENGINE = "jp/suishin/progress/engine.properties";

	static final String ENGINE_EN = "jp/suishin/progress/engine_en.properties";

	/** Japanese words: hiragana, katakana, kanji. */
	static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー々]+");

	/** A string literal shaped like a message key: {@code "kpi.value.required"}. */
	static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

	/**
	 * A message expression in a template: {@code #{kpi.values}},
	 * {@code #{plan.period(…)}}.
	 */
	/**
	 * Just before a key literal: the key is a {@code Problem}'s, from the messages
	 * bundle.
	 */
	static final Pattern PROBLEM_KEY = Pattern.compile("(?:rejected|Problem\\.of|invalid|conflict)\\(\\s*$");

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][\\w.-]*)[(}]");

	/**
	 * English messages that describe Japanese input (era years, the sheet's column
	 * headers, the value notation): they may quote the Japanese words their Japanese
	 * message quotes, and nothing else in Japanese. A language switch names each language
	 * in that language, whatever the page's language.
	 */
	static final Set<String> QUOTING_JAPANESE_INPUT = Set.of("fiscal-year.invalid", "notation.value.invalid",
			"cli.year", "exchange.empty", "exchange.unknown-column", "exchange.choice", "exchange.year",
			"exchange.duplicate-kpi", "kpi.value.status.contradicts-mark", "upload.help", "design.lang.ja");

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name);
		assertThat(in).as(name).isNotNull();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static Set<String> prefixes(Set<String> keys) {
		return keys.stream()
			.filter(key -> key.contains("."))
			.map(key -> key.substring(0, key.indexOf('.')))
			.collect(Collectors.toSet());
	}

	static Set<String> japaneseWords(String text) {
		Set<String> words = new TreeSet<>();
		Matcher matcher = JAPANESE.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	static List<Path> files(String root, String extension) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(root))) {
			return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(extension)).toList();
		}
	}

	static boolean inEngine(Path file) {
		return file.toString().replace('\\', '/').contains("/jp/suishin/progress/");
	}

	/**
	 * The keys that code and templates name: every literal shaped like a key whose prefix
	 * is one of the bundle's, so that a key with a new suffix is checked whatever module
	 * it is in.
	 */
	static Set<String> usedKeys(Set<String> prefixes, boolean engine) throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path file : files("src/main/java", ".java")) {
			String code = Files.readString(file);
			Matcher m = KEY_LITERAL.matcher(code);
			while (m.find()) {
				String key = m.group(1);
				// the engine writes its own texts; a mistake it rejects is a Problem
				boolean engineText = inEngine(file) && !PROBLEM_KEY.matcher(code.substring(0, m.start())).find();
				if (engineText == engine && prefixes.contains(key.substring(0, key.indexOf('.')))) {
					used.add(key);
				}
			}
		}
		if (!engine) {
			for (Path file : files("src/main/resources/templates", ".html")) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		return used;
	}

	/** The keys built from an enum's constants, in code or in templates. */
	static <E extends Enum<E>> List<String> keysOf(Class<E> type, Function<E, String> key) {
		List<String> keys = new ArrayList<>();
		for (E constant : type.getEnumConstants()) {
			keys.add(key.apply(constant));
		}
		return keys;
	}

	@Test
	void japaneseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load(MESSAGES_EN).stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load(MESSAGES).stringPropertyNames());
	}

	@Test
	void theEnginesJapaneseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load(ENGINE_EN).stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load(ENGINE).stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> keys = load(MESSAGES).stringPropertyNames();
		Set<String> used = usedKeys(prefixes(keys), false);
		assertThat(used).hasSizeGreaterThan(200);
		assertThat(keys).containsAll(used);
		assertThat(load(MESSAGES_EN).stringPropertyNames()).containsAll(used);
	}

	@Test
	void everyKeyTheEngineUsesExists() throws IOException {
		Set<String> keys = load(ENGINE).stringPropertyNames();
		Set<String> used = usedKeys(prefixes(keys), true);
		assertThat(used).hasSizeGreaterThan(20);
		assertThat(keys).containsAll(used);
	}

	@Test
	void everyKeyBuiltFromAnEnumExists() throws IOException {
		Set<String> keys = load(MESSAGES).stringPropertyNames();
		List<String> built = new ArrayList<>();
		built.addAll(keysOf(ValueStatus.class, s -> "kpi.status." + s.name()));
		built.addAll(keysOf(Direction.class, d -> "kpi.direction." + d.name()));
		built.addAll(keysOf(Aggregation.class, a -> "kpi.aggregation." + a.name()));
		built.addAll(keysOf(OrganizationKind.class, k -> "organisation.kind." + k.name()));
		built.addAll(keysOf(CollaborationRole.class, r -> "organisation.role." + r.name()));
		built.addAll(keysOf(AuditAction.class, a -> "audit.action." + a.name()));
		built.addAll(keysOf(CollectionState.class, s -> "collection.state." + s.name()));
		built.addAll(keysOf(Remark.Kind.class, k -> "collection.remark.kind." + k.name()));
		built.addAll(keysOf(ItemState.class, ItemState::messageKey));
		built.addAll(keysOf(Role.class, Role::messageKey));
		assertThat(keys).containsAll(built);

		Set<String> engine = load(ENGINE).stringPropertyNames();
		List<String> engineBuilt = new ArrayList<>();
		engineBuilt.addAll(keysOf(Outlook.class, o -> "outlook." + o.name()));
		engineBuilt.addAll(keysOf(Direction.class, d -> "direction." + d.name()));
		for (Change.Kind kind : Change.Kind.values()) {
			for (Change.Trend trend : Change.Trend.values()) {
				if (trend != Change.Trend.SAME) {
					engineBuilt.add("analysis.change." + kind + "." + trend);
				}
			}
		}
		assertThat(engine).containsAll(engineBuilt);
	}

	@Test
	void englishSaysNothingInJapanese() throws IOException {
		Properties japanese = load(MESSAGES);
		Map<String, Set<String>> untranslated = new TreeMap<>();
		for (String bundle : List.of(MESSAGES_EN, ENGINE_EN)) {
			Properties english = load(bundle);
			Properties original = bundle.equals(MESSAGES_EN) ? japanese : load(ENGINE);
			for (String key : english.stringPropertyNames()) {
				Set<String> words = japaneseWords(english.getProperty(key));
				if (QUOTING_JAPANESE_INPUT.contains(key)) {
					words.removeAll(japaneseWords(original.getProperty(key, "")));
				}
				if (!words.isEmpty()) {
					untranslated.put(bundle + ": " + key, words);
				}
			}
		}
		assertThat(untranslated).as("Japanese in the English bundles").isEmpty();
	}

	/**
	 * As spring-petclinic's I18nPropertiesSyncTest: Japanese in a template must be a
	 * placeholder that a bundle's text replaces ({@code th:text}, {@code th:utext},
	 * {@code th:replace} …), never text or an attribute that is shown as it is.
	 */
	@Test
	void templatesShowNoJapaneseThatIsNotFromABundle() throws IOException {
		Pattern element = Pattern.compile("<(\\w+)((?:[^>\"]|\"[^\"]*\")*)>([^<]*)");
		Pattern attribute = Pattern.compile("\\s(placeholder|title|aria-label|alt|value|content|label)=\"([^\"]*)\"");
		Pattern replaced = Pattern.compile("th:(text|utext|replace|insert|remove)\\b");
		Map<String, List<String>> literal = new LinkedHashMap<>();
		for (Path file : files("src/main/resources/templates", ".html")) {
			Matcher m = element.matcher(Files.readString(file));
			while (m.find()) {
				String attributes = m.group(2);
				String text = m.group(3).strip();
				if (JAPANESE.matcher(text).find() && !replaced.matcher(attributes).find()) {
					literal.computeIfAbsent(file.toString(), f -> new ArrayList<>()).add(text);
				}
				Matcher a = attribute.matcher(attributes);
				while (a.find()) {
					if (JAPANESE.matcher(a.group(2)).find()
							&& !Pattern.compile("th:(" + a.group(1) + "|attr)\\b").matcher(attributes).find()) {
						literal.computeIfAbsent(file.toString(), f -> new ArrayList<>())
							.add(a.group(1) + "=\"" + a.group(2) + "\"");
					}
				}
			}
		}
		assertThat(literal).as("Japanese shown as written in templates").isEmpty();
	}

}
