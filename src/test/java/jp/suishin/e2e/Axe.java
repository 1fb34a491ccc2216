package jp.suishin.e2e;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import org.opentest4j.AssertionFailedError;

/**
 * axe-core (the Java {@code com.deque.html.axe-core:playwright} artifact) on the page a
 * browser test has open, with the rules of WCAG 2.1 A and AA, which JIS X 8341-3:2016
 * level AA applies. A page passes when no violation is serious or critical; the failure
 * lists every violation (rule, impact, targets and axe's summary), the moderate and minor
 * ones included, so one run shows all there is to fix.
 */
public final class Axe {

	/** The axe tags of WCAG 2.0 and 2.1, levels A and AA. */
	public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final Set<String> FAILING = Set.of("serious", "critical");

	private Axe() {
	}

	/** The violations axe finds on the page as it is now. */
	public static List<Rule> violations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG21_AA).analyze();
		if (results.isErrored()) {
			throw new AssertionFailedError("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
		}
		System.out.println("axe-core on " + page.url() + ": " + results.getPasses().size() + " rules pass, "
				+ results.getIncomplete().size() + " incomplete "
				+ results.getIncomplete().stream().map(r -> r.getId() + "×" + r.getNodes().size()).toList());
		return results.getViolations();
	}

	/**
	 * Fails when axe finds a serious or critical violation on the page, naming every
	 * violation it found.
	 */
	public static void assertNoSeriousViolations(Page page) {
		List<Rule> violations = violations(page);
		if (!violations.isEmpty()) {
			System.out.println("axe-core on " + page.url() + ":\n" + describe(violations));
		}
		if (violations.stream().anyMatch(v -> FAILING.contains(v.getImpact()))) {
			throw new AssertionFailedError("axe-core (WCAG 2.1 AA) finds serious or critical violations on "
					+ page.url() + ":\n" + describe(violations));
		}
	}

	/** One line per violation and one per element it names. */
	public static String describe(List<Rule> violations) {
		return violations.stream()
			.map(v -> "- " + v.getId() + " [" + v.getImpact() + "] " + v.getHelp() + "\n"
					+ v.getNodes().stream().map(Axe::node).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static String node(CheckedNode node) {
		String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
		return "    " + node.getTarget() + " (" + node.getImpact() + "): " + summary;
	}

}
