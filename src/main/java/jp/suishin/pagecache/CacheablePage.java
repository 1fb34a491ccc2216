package jp.suishin.pagecache;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jp.suishin.storage.PlanVersions;

/**
 * A page that everybody who has not signed in reads the same, and how to tell that what
 * it shows changed. A feature declares its pages as beans; the cache keeps a rendering
 * only under the stamp read before it was rendered, and serves it only while the stamp
 * read now is the same.
 *
 * @param pattern the path, with variables: {@code /plans/{id}/kpi-list}
 * @param parameters the query parameters the page reads; a request with any other (such
 * as {@code lang}, which sets a cookie) is rendered afresh
 * @param stamp the stamp of what the page shows, from the path's variables, read now;
 * empty when it cannot be told (the page is then rendered afresh)
 */
public record CacheablePage(String pattern, Set<String> parameters,
		Function<Map<String, String>, Optional<String>> stamp) {

	public CacheablePage {
		parameters = Set.copyOf(parameters);
	}

	/**
	 * A page of the plan whose id is the path's {@code {id}}: it changes with the plan
	 * (and the organisations).
	 */
	public static CacheablePage ofPlan(String pattern, Set<String> parameters, PlanVersions versions) {
		return new CacheablePage(pattern, parameters,
				variables -> planId(variables.get("id")).flatMap(versions::stampOf));
	}

	/**
	 * A page of the list of plans (their own rows, not their KPIs): it changes with a
	 * plan added or renamed, and with the organisations.
	 */
	public static CacheablePage ofPlanList(String pattern, Set<String> parameters, PlanVersions versions) {
		return new CacheablePage(pattern, parameters, variables -> Optional.of(versions.stampOfPlanList()));
	}

	private static Optional<Long> planId(String text) {
		if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(text));
	}

}
