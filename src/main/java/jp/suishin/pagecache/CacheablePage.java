package jp.suishin.pagecache;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.suishin.storage.PlanVersions;

/**
 * A page that everybody who has not signed in reads the same, and how to tell that what
 * it shows changed. A feature declares its pages as beans; the cache keeps a rendering
 * only under the stamp read before it was rendered, and serves it only while the stamp
 * read now is the same.
 *
 * @param pattern the path, with variables: {@code /plans/{id}/kpi-list}
 * @param parameters the query parameters the page reads, each with its canonical form
 * (what the page makes of it: {@code R6}, {@code 令和6年度} and {@code 2024} are one year),
 * empty for a value the page refuses; a request with any other parameter (such as
 * {@code lang}, which sets a cookie) or a refused value is rendered afresh
 * @param stamp the stamp of what the page shows, from the path's variables, read now;
 * empty when it cannot be told (the page is then rendered afresh)
 */
public record CacheablePage(String pattern, Map<String, Function<String, Optional<String>>> parameters,
		Function<Map<String, String>, Optional<String>> stamp) {

	public CacheablePage {
		parameters = Map.copyOf(parameters);
	}

	/**
	 * A page of the plan whose id is the path's {@code {id}}: it changes with the plan
	 * (and the organisations).
	 */
	public static CacheablePage ofPlan(String pattern, Map<String, Function<String, Optional<String>>> parameters,
			PlanVersions versions) {
		return new CacheablePage(pattern, parameters,
				variables -> number(variables.get("id")).flatMap(versions::stampOf));
	}

	/**
	 * A page of the list of plans (their own rows, not their KPIs): it changes with a
	 * plan added or renamed, and with the organisations.
	 */
	public static CacheablePage ofPlanList(String pattern, Map<String, Function<String, Optional<String>>> parameters,
			PlanVersions versions) {
		return new CacheablePage(pattern, parameters, variables -> Optional.of(versions.stampOfPlanList()));
	}

	/** An id as a path or a parameter writes it: digits only, without leading zeros. */
	public static Optional<Long> number(String text) {
		if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(text));
	}

	/** The canonical form of an id parameter. */
	public static Optional<String> id(String text) {
		return number(text).map(String::valueOf);
	}

}
