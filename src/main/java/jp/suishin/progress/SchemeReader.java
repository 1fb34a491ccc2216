package jp.suishin.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an evaluation scheme from YAML and validates it, refusing anything it does not
 * understand with a message that names the place. The format is documented in
 * docs/evaluation-schemes.md:
 *
 * <pre>
 * name: three-level
 * title: 3段階評価
 * progressRate: ratio          # ratio | improvement | pace
 * requiresBaseline: false
 * labels: { pending: 集計中, none: － }
 * grades:
 *   - label: 順調
 *     when: { measure: ratio, atLeast: 100 }
 * </pre>
 */
public final class SchemeReader {

	static final Set<String> TOP_KEYS = Set.of("name", "title", "progressRate", "requiresBaseline", "latestAvailable",
			"interpolateMilestones", "labels", "grades", "description");

	static final Set<String> CONDITION_KEYS = Set.of("measure", "atLeast", "below", "targetReached",
			"betterThanBaseline", "withinPercentOfBaseline", "hasBaseline", "milestoneReached", "otherwise");

	private SchemeReader() {
	}

	public static EvaluationScheme read(InputStream in, String source) {
		Object document;
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException | YAMLException ex) {
			throw new SchemeException(EngineText.format("scheme.error.read", source, ex.getMessage()));
		}
		if (!(document instanceof Map<?, ?> map)) {
			throw new SchemeException(EngineText.format("scheme.error.read", source, "YAML mapping expected"));
		}
		return scheme(map, source);
	}

	private static EvaluationScheme scheme(Map<?, ?> map, String source) {
		String name = text(map, "name", source, source);
		checkKeys(map, TOP_KEYS, name, "scheme");
		String title = map.containsKey("title") ? String.valueOf(map.get("title")) : name;
		String rate = map.containsKey("progressRate") ? String.valueOf(map.get("progressRate")) : "ratio";
		Measure progressRate = Measure.of(rate)
			.orElseThrow(
					() -> new SchemeException(EngineText.format("scheme.error.measure", name, "progressRate", rate)));
		boolean requiresBaseline = switchOf(map, "requiresBaseline", name);
		boolean latestAvailable = switchOf(map, "latestAvailable", name);
		boolean interpolateMilestones = switchOf(map, "interpolateMilestones", name);
		Object labelsValue = map.get("labels");
		if (labelsValue != null && !(labelsValue instanceof Map<?, ?>)) {
			throw new SchemeException(EngineText.format("scheme.error.labels", name));
		}
		Map<?, ?> labels = labelsValue == null ? Map.of() : (Map<?, ?>) labelsValue;
		checkKeys(labels, Set.of("pending", "none"), name, "labels");
		String pending = labels.containsKey("pending") ? String.valueOf(labels.get("pending")) : "集計中";
		String none = labels.containsKey("none") ? String.valueOf(labels.get("none")) : "－";
		if (!(map.get("grades") instanceof List<?> grades) || grades.isEmpty()) {
			throw new SchemeException(EngineText.format("scheme.error.no-grades", name));
		}
		List<GradeRule> rules = new ArrayList<>();
		for (int i = 0; i < grades.size(); i++) {
			String where = "grades[" + (i + 1) + "]";
			if (!(grades.get(i) instanceof Map<?, ?> grade)) {
				throw new SchemeException(EngineText.format("scheme.error.missing", name, where + ".label"));
			}
			checkKeys(grade, Set.of("label", "when"), name, where);
			if (!(grade.get("label") instanceof String) && !(grade.get("label") instanceof Number)) {
				throw new SchemeException(EngineText.format("scheme.error.missing", name, where + ".label"));
			}
			String label = text(grade, "label", name, where);
			if (label.equals("pending") || label.equals("none")) {
				throw new SchemeException(EngineText.format("scheme.error.reserved", name, where, label));
			}
			if (!(grade.get("when") instanceof Map<?, ?> when) || when.isEmpty()) {
				throw new SchemeException(EngineText.format("scheme.error.missing", name, where + ".when"));
			}
			rules.add(new GradeRule(label, conditions(when, name, where + ".when")));
		}
		return new EvaluationScheme(name, title, progressRate, requiresBaseline, latestAvailable, interpolateMilestones,
				pending, none, rules);
	}

	private static List<Condition> conditions(Map<?, ?> when, String name, String where) {
		checkKeys(when, CONDITION_KEYS, name, where);
		List<Condition> conditions = new ArrayList<>();
		boolean hasMeasure = when.containsKey("measure");
		boolean hasThreshold = when.containsKey("atLeast") || when.containsKey("below");
		if (hasMeasure != hasThreshold) {
			throw new SchemeException(EngineText.format("scheme.error.threshold", name, where));
		}
		if (hasMeasure) {
			String code = String.valueOf(when.get("measure"));
			Measure measure = Measure.of(code)
				.orElseThrow(() -> new SchemeException(EngineText.format("scheme.error.measure", name, where, code)));
			if (when.containsKey("atLeast")) {
				conditions.add(new Condition.AtLeast(measure, number(when, "atLeast", name, where)));
			}
			if (when.containsKey("below")) {
				conditions.add(new Condition.Below(measure, number(when, "below", name, where)));
			}
		}
		if (flag(when, "milestoneReached", name, where)) {
			conditions.add(new Condition.MilestoneReached());
		}
		if (flag(when, "targetReached", name, where)) {
			conditions.add(new Condition.TargetReached());
		}
		if (flag(when, "betterThanBaseline", name, where)) {
			conditions.add(new Condition.BetterThanBaseline());
		}
		if (when.containsKey("withinPercentOfBaseline")) {
			BigDecimal tolerance = number(when, "withinPercentOfBaseline", name, where);
			if (tolerance.signum() < 0) {
				throw new SchemeException(
						EngineText.format("scheme.error.number", name, where, "withinPercentOfBaseline", tolerance));
			}
			conditions.add(new Condition.WithinPercentOfBaseline(tolerance));
		}
		if (flag(when, "hasBaseline", name, where)) {
			conditions.add(new Condition.HasBaseline());
		}
		if (flag(when, "otherwise", name, where)) {
			conditions.add(new Condition.Otherwise());
		}
		return conditions;
	}

	/**
	 * A condition flag: absent, or {@code true}; anything else is a mistake worth naming.
	 */
	private static boolean flag(Map<?, ?> map, String key, String name, String where) {
		Object value = map.get(key);
		if (value == null) {
			return false;
		}
		if (!Boolean.TRUE.equals(value)) {
			throw new SchemeException(EngineText.format("scheme.error.flag", name, where, key, value));
		}
		return true;
	}

	/** A scheme-level switch: absent, {@code true} or {@code false}. */
	private static boolean switchOf(Map<?, ?> map, String key, String name) {
		Object value = map.get(key);
		if (value != null && !(value instanceof Boolean)) {
			throw new SchemeException(EngineText.format("scheme.error.switch", name, key, value));
		}
		return Boolean.TRUE.equals(value);
	}

	private static BigDecimal number(Map<?, ?> map, String key, String name, String where) {
		Object value = map.get(key);
		try {
			return new BigDecimal(String.valueOf(value));
		}
		catch (NumberFormatException ex) {
			throw new SchemeException(EngineText.format("scheme.error.number", name, where, key, value));
		}
	}

	private static String text(Map<?, ?> map, String key, String name, String where) {
		Object value = map.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new SchemeException(EngineText.format("scheme.error.missing", name, where + "." + key));
		}
		return String.valueOf(value).strip();
	}

	private static void checkKeys(Map<?, ?> map, Set<String> allowed, String name, String where) {
		for (Object key : map.keySet()) {
			if (!allowed.contains(String.valueOf(key))) {
				throw new SchemeException(EngineText.format("scheme.error.unknown-key", name, where, key,
						String.join(", ", new TreeSet<>(allowed))));
			}
		}
	}

}
