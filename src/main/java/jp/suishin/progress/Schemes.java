package jp.suishin.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in schemes ({@code ratio}, {@code three-level}, {@code sabc},
 * {@code time-proportional}) and scheme files.
 */
public final class Schemes {

	public static final List<String> BUILT_IN = List.of("ratio", "three-level", "sabc", "time-proportional",
			"milestone");

	public static final String DEFAULT = "ratio";

	/**
	 * The built-in schemes as read, once each: a scheme is an immutable value, and a
	 * national pass asks for one per plan.
	 */
	private static final Map<String, EvaluationScheme> READ = new ConcurrentHashMap<>();

	private Schemes() {
	}

	public static EvaluationScheme builtIn(String name) {
		if (!BUILT_IN.contains(name)) {
			throw new SchemeException(EngineText.format("scheme.error.not-found", name, String.join(", ", BUILT_IN)));
		}
		return READ.computeIfAbsent(name, Schemes::read);
	}

	private static EvaluationScheme read(String name) {
		try (InputStream in = Schemes.class.getResourceAsStream("/schemes/" + name + ".yaml")) {
			if (in == null) {
				throw new IllegalStateException("built-in scheme missing from the build: " + name);
			}
			return SchemeReader.read(in, name + ".yaml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A built-in scheme by name, or a scheme file by path. */
	public static EvaluationScheme resolve(String nameOrFile) {
		if (BUILT_IN.contains(nameOrFile)) {
			return builtIn(nameOrFile);
		}
		Path file = Path.of(nameOrFile);
		if (!Files.isRegularFile(file)) {
			throw new SchemeException(
					EngineText.format("scheme.error.not-found", nameOrFile, String.join(", ", BUILT_IN)));
		}
		try (InputStream in = Files.newInputStream(file)) {
			return SchemeReader.read(in, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new SchemeException(EngineText.format("scheme.error.read", nameOrFile, ex.getMessage()));
		}
	}

}
