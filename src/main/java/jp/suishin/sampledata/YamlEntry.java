package jp.suishin.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mapping read from a sample-data file, with the file and the path to it for error
 * messages.
 */
record YamlEntry(String file, String path, Map<String, Object> map) {

	String text(String key) {
		Object value = map.get(key);
		return value == null ? null : String.valueOf(value).strip();
	}

	String required(String key) {
		String value = text(key);
		if (value == null || value.isEmpty()) {
			throw fail("missing '" + key + "'");
		}
		return value;
	}

	boolean has(String key) {
		return map.get(key) != null;
	}

	YamlEntry child(String key) {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?>)) {
			throw fail("'" + key + "' must be a mapping");
		}
		return new YamlEntry(file, path + "." + key, cast(value));
	}

	List<YamlEntry> children(String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw fail("'" + key + "' must be a list");
		}
		List<YamlEntry> entries = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof Map<?, ?>)) {
				throw fail("entry " + (i + 1) + " of '" + key + "' must be a mapping");
			}
			entries.add(new YamlEntry(file, path + "." + key + "[" + (i + 1) + "]", cast(list.get(i))));
		}
		return entries;
	}

	List<String> texts(String key) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw fail("'" + key + "' must be a list");
		}
		return list.stream().map(String::valueOf).map(String::strip).toList();
	}

	SampleDataException fail(String message) {
		return new SampleDataException(file, path, message);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object value) {
		return (Map<String, Object>) value;
	}

}
