package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.plan.PlanTree;
import jp.suishin.progress.Schemes;
import jp.suishin.report.AnalysisRepository;
import jp.suishin.report.SchemeRevisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * With {@code ?lang=en} the main pages show no Japanese but data: every run of Japanese
 * characters on the page must come from a name, unit, definition, note or other text of
 * the loaded plans, KPIs, values and organisations (read from the repositories, not
 * written here).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishPagesTests {

	/**
	 * Japanese words: runs of hiragana, katakana and kanji (full-width punctuation around
	 * data, as in {@code 7,250千人（R2）}, is typography, not text).
	 */
	static final Pattern LANGUAGE_SWITCH = Pattern.compile("<ul class=\"lang-switch\".*?</ul>", Pattern.DOTALL);

	static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー々ヶ]+");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	AnalysisRepository analyses;

	@Autowired
	AuditTrail audit;

	@Autowired
	SchemeRevisions schemeRevisions;

	/** Every text of the loaded data, and the signed-in planner's name. */
	List<String> data(Viewer planner) {
		List<Object> objects = new ArrayList<>();
		for (Plan plan : plans.findAll()) {
			objects.add(plan);
			PlanTree tree = plans.tree(plan.id()).orElseThrow();
			for (PlanNode node : tree.inReadingOrder()) {
				objects.add(node);
				objects.add(tree.programs(node.id()));
			}
			objects.add(audit.of(AuditSubject.plan(plan.id())));
			objects.add(schemeRevisions.ofPlan(plan.id()));
			for (Kpi kpi : kpis.findByPlan(plan.id())) {
				objects.add(kpi);
				objects.add(audit.of(AuditSubject.kpi(kpi.id())));
				objects.add(kpis.values(kpi.id()));
				objects.add(kpis.baselineRevisions(kpi.id()));
				objects.add(kpis.targetRevisions(kpi.id()));
			}
			for (int year = plan.period().from().value(); year <= plan.period().to().value(); year++) {
				objects.add(analyses.find(plan.id(), FiscalYear.of(year)));
			}
		}
		for (Organization organisation : organisations.findAll()) {
			objects.add(organisation);
			objects.add(departments.ofOrganisation(organisation.id()));
		}
		for (String scheme : Schemes.BUILT_IN) {
			// a scheme's title and grade labels are its own words, as a plan publishes
			// them
			objects.add(Schemes.builtIn(scheme));
		}
		objects.add(planner);
		List<String> texts = new ArrayList<>();
		objects.forEach(object -> collectTexts(object, texts));
		return texts;
	}

	/** The strings inside records, collections, maps and optionals. */
	static void collectTexts(Object object, List<String> texts) {
		if (object == null) {
			return;
		}
		if (object instanceof CharSequence text) {
			texts.add(text.toString());
		}
		else if (object instanceof Optional<?> optional) {
			optional.ifPresent(value -> collectTexts(value, texts));
		}
		else if (object instanceof Collection<?> collection) {
			collection.forEach(value -> collectTexts(value, texts));
		}
		else if (object instanceof Map<?, ?> map) {
			map.values().forEach(value -> collectTexts(value, texts));
		}
		else if (object.getClass().isRecord()) {
			for (RecordComponent component : object.getClass().getRecordComponents()) {
				try {
					component.getAccessor().setAccessible(true);
					collectTexts(component.getAccessor().invoke(object), texts);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	/** The Japanese words of the data: a page may show these and no others. */
	static Set<String> words(List<String> data) {
		Set<String> words = new HashSet<>();
		for (String text : data) {
			Matcher matcher = JAPANESE.matcher(text);
			while (matcher.find()) {
				words.add(matcher.group());
			}
		}
		return words;
	}

	/**
	 * The page's Japanese words that are not from the data, each with where it appears.
	 */
	static Set<String> foreignJapanese(String page, Set<String> dataWords) {
		Set<String> foreign = new TreeSet<>();
		// The language switch names each language in that language (日本語, lang="ja"),
		// as a switch must.
		Matcher matcher = JAPANESE.matcher(LANGUAGE_SWITCH.matcher(page).replaceAll(""));
		while (matcher.find()) {
			if (!dataWords.contains(matcher.group())) {
				int from = Math.max(0, matcher.start() - 40);
				int to = Math.min(page.length(), matcher.end() + 40);
				foreign.add(matcher.group() + "   …" + page.substring(from, to).replaceAll("\\s+", " ") + "…");
			}
		}
		return foreign;
	}

	Viewer planner() {
		return this.accounts.account("en-planner", "sorachi-bureau", Role.PLANNER);
	}

	/**
	 * The start, sign-in and organisations pages, and every plan's page, KPI list and
	 * first KPI.
	 */
	Map<String, String> pages() {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/", "/?lang=en");
		pages.put("/login", "/login?lang=en");
		pages.put("/organisations", "/organisations?lang=en");
		for (Plan plan : this.plans.findAll()) {
			pages.put("/plans/" + plan.key(), "/plans/" + plan.id() + "?lang=en");
			pages.put("/plans/" + plan.key() + "/kpi-list", "/plans/" + plan.id() + "/kpi-list?lang=en");
			List<Kpi> planKpis = this.kpis.findByPlan(plan.id());
			if (!planKpis.isEmpty()) {
				pages.put("/kpis/" + planKpis.get(0).key(), "/kpis/" + planKpis.get(0).id() + "?lang=en");
			}
		}
		return pages;
	}

	@Test
	void anEnglishKpiList_hasTheEnginesDraftInEnglish() {
		long sorachi = this.plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		assertThat(this.mvc.get().uri("/plans/{id}/kpi-list?year=2024&lang=en", sorachi).exchange()).hasStatusOk()
			.bodyText()
			.contains("- Of 7 KPIs (re-listings not counted), 4 were evaluated, leaving out 3 pending.");
	}

	@Test
	void theMainPagesInEnglish_showNoJapaneseButData() throws Exception {
		Viewer planner = planner();
		Set<String> data = words(data(planner));
		assertThat(data).as("the data's Japanese words").hasSizeGreaterThan(100);
		Map<String, Set<String>> leaks = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : pages().entrySet()) {
			for (boolean signedIn : new boolean[] { false, true }) {
				var request = this.mvc.get().uri(page.getValue());
				MvcTestResult result = signedIn ? request.with(this.accounts.as(planner)).exchange()
						: request.exchange();
				assertThat(result).hasStatusOk();
				Set<String> foreign = foreignJapanese(result.getResponse().getContentAsString(), data);
				if (!foreign.isEmpty()) {
					leaks.put(page.getKey() + (signedIn ? " (planner)" : " (public)"), foreign);
				}
			}
		}
		assertThat(leaks).as("Japanese text that is not data on English pages").isEmpty();
	}

}
