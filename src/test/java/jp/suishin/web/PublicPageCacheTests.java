package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.Schemes;
import jp.suishin.storage.PlanVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public's pages are kept rendered on the node, and never once their plan changed:
 * each change through a use case moves the plan's stamp when it commits, so the next view
 * renders afresh; a change rolled back moves nothing. The signed-in are never served a
 * kept page. On a database of its own, since it changes the sample plans.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:page-cache;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PublicPageCacheTests {

	static final String HEADER = "X-Page-Cache";

	static final String PLAN = "sorachi-doo-policy-2025";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	PlanVersions versions;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transactions;

	long plan;

	Viewer planner;

	@BeforeEach
	void plan() {
		plan = plans.findByKey(PLAN).orElseThrow().id();
		planner = accounts.account("cache-planner", "sorachi-bureau", Role.PLANNER);
	}

	@Test
	void aPublicPageIsRenderedOncePerChange() {
		String list = "/plans/" + plan + "/kpi-list";
		MvcTestResult first = publicly(list);
		MvcTestResult second = publicly(list);
		assertThat(second).hasStatusOk().headers().hasValue(HEADER, "hit");
		assertThat(body(second)).isEqualTo(body(first));
		assertThat(second).contentType().isEqualTo(first.getResponse().getContentType());
		assertThat(body(second)).doesNotContain("キャッシュの後に書いた分析");

		String year = String.valueOf(yearShown(body(second)));
		assertThat(mvc.put()
			.uri("/api/v1/plans/{id}/analyses/{year}", plan, year)
			.with(accounts.as(planner))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"キャッシュの後に書いた分析\"}")
			.exchange()).hasStatus(204);

		MvcTestResult after = publicly(list);
		assertThat(after).hasStatusOk().headers().hasValue(HEADER, "miss");
		assertThat(body(after)).contains("キャッシュの後に書いた分析");
		assertThat(publicly(list)).headers().hasValue(HEADER, "hit");
		assertThat(body(publicly("/api/v1/plans/" + plan + "/kpi-list"))).contains("キャッシュの後に書いた分析");
	}

	@Test
	void aSchemeChosenShowsAtOnceOnThePublicListAndItsApi() {
		String api = "/api/v1/plans/" + plan + "/kpi-list";
		publicly(api);
		assertThat(publicly(api)).headers().hasValue(HEADER, "hit");
		String before = body(publicly(api));
		assertThat(before).doesNotContain("\"scheme\":\"sabc\"");
		String year = JsonPath.read(before, "$.year.fiscalYear").toString();
		assertThat(mvc.put()
			.uri("/api/v1/plans/{id}/scheme", plan)
			.with(accounts.as(planner))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scheme\":\"sabc\",\"from\":\"" + year + "\",\"reason\":\"キャッシュの確認\"}")
			.exchange()).hasStatus(204);
		MvcTestResult after = publicly(api);
		assertThat(after).hasStatusOk().headers().hasValue(HEADER, "miss");
		assertThat(body(after)).contains("\"scheme\":\"sabc\"");
	}

	@Test
	void theSignedInAreNeverServedAKeptPage() {
		String list = "/plans/" + plan + "/kpi-list";
		publicly(list);
		assertThat(publicly(list)).headers().hasValue(HEADER, "hit");
		MvcTestResult planners = mvc.get().uri(list).with(accounts.as(planner)).exchange();
		assertThat(planners).hasStatusOk().headers().doesNotContainHeader(HEADER);
		assertThat(body(planners)).contains("analysis-form");
		assertThat(body(publicly(list))).doesNotContain("analysis-form");
	}

	@Test
	void aPageRenderedInAVisitorsSessionIsNotKept() {
		String plan = "/plans/" + this.plan;
		// the sign-in page opens a session for its CSRF token
		Cookie[] session = mvc.get().uri("/login").exchange().getResponse().getCookies();
		assertThat(session).isNotEmpty();
		MvcTestResult inSession = mvc.get().uri(plan).cookie(session).exchange();
		assertThat(inSession).hasStatusOk().headers().hasValue(HEADER, "miss");
		assertThat(publicly(plan)).headers().as("nothing kept from the session's view").hasValue(HEADER, "miss");
		assertThat(publicly(plan)).headers().hasValue(HEADER, "hit");
		assertThat(mvc.get().uri(plan).cookie(session).exchange()).headers()
			.as("what was kept is everybody's")
			.hasValue(HEADER, "hit");
	}

	@Test
	void languagesYearsAndOtherParametersAreKeptApart() {
		String list = "/plans/" + plan + "/kpi-list";
		String japanese = body(publicly(list));
		MvcTestResult english = mvc.get().uri(list).cookie(new Cookie("suishin-lang", "en")).exchange();
		assertThat(english).hasStatusOk().headers().hasValue(HEADER, "miss");
		assertThat(body(english)).isNotEqualTo(japanese).contains("lang=\"en\"");
		assertThat(mvc.get().uri(list).cookie(new Cookie("suishin-lang", "en")).exchange()).headers()
			.hasValue(HEADER, "hit");
		assertThat(body(publicly(list))).isEqualTo(japanese);

		// ?lang= sets a cookie, an unknown parameter may mean anything: rendered afresh
		assertThat(publicly(list + "?lang=en")).headers().doesNotContainHeader(HEADER);
		assertThat(publicly(list + "?utm=x")).headers().doesNotContainHeader(HEADER);
		MvcTestResult earlier = publicly(list + "?year=R6");
		assertThat(earlier).headers().hasValue(HEADER, "miss");
		assertThat(body(earlier)).isNotEqualTo(japanese);
		// one year however it is written
		assertThat(publicly(list + "?year=2024")).headers().hasValue(HEADER, "hit");
		assertThat(publicly(list + "?year=令和6年度")).headers().hasValue(HEADER, "hit");
		assertThat(body(publicly(list + "?year=r6"))).isEqualTo(body(earlier));
		// what the client accepts is part of the key
		assertThat(mvc.get().uri(list + "?year=R6").header("Accept", "text/html").exchange()).headers()
			.hasValue(HEADER, "miss");

		// a value the page refuses, and a plan that does not exist, are answered afresh
		assertThat(publicly(list + "?year=R99X")).hasStatus(400).headers().doesNotContainHeader(HEADER);
		assertThat(publicly("/plans/999999/kpi-list")).hasStatus(404).headers().doesNotContainHeader(HEADER);
	}

	@Test
	void aChangeRolledBackMovesNoStampAndOneCommittedMovesItsPlans() {
		String before = versions.stampOf(plan).orElseThrow();
		String all = versions.stampOfPlanList();
		transactions.executeWithoutResult(status -> {
			audit.record("test", AuditSubject.plan(plan), AuditAction.ANALYSIS_SAVED, null, null, "rolled back", null);
			status.setRollbackOnly();
		});
		assertThat(versions.stampOf(plan)).contains(before);
		assertThat(versions.stampOfPlanList()).isEqualTo(all);

		transactions.executeWithoutResult(status -> audit.record("test", AuditSubject.plan(plan),
				AuditAction.ANALYSIS_SAVED, null, null, "committed", null));
		assertThat(versions.stampOf(plan)).isNotEqualTo(before);
		assertThat(versions.stampOfPlanList()).as("an analysis is not on the list of plans").isEqualTo(all);
		assertThat(versions.stampOf(999999)).isEmpty();

		// a transaction of its own inside one that rolls back still moves its plan's
		// stamp
		String committed = versions.stampOf(plan).orElseThrow();
		TransactionTemplate own = new TransactionTemplate(transactions.getTransactionManager());
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(outer -> {
			audit.record("test", AuditSubject.plan(plan), AuditAction.ANALYSIS_SAVED, null, null, "outer, rolled back",
					null);
			own.executeWithoutResult(inner -> audit.record("test", AuditSubject.plan(plan), AuditAction.ANALYSIS_SAVED,
					null, null, "inner, committed", null));
			outer.setRollbackOnly();
		});
		assertThat(versions.stampOf(plan)).isNotEqualTo(Optional.of(committed));

		// a change noted once the stamps were written (an after-commit task) is written
		// on its own
		String beforeLate = versions.stampOf(plan).orElseThrow();
		transactions.executeWithoutResult(
				status -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						versions.changed(plan);
					}
				}));
		assertThat(versions.stampOf(plan)).isNotEqualTo(Optional.of(beforeLate));
	}

	@Test
	void theListOfPlansIsKeptUntilAPlanIsAddedOrChangesItsOwnRow() {
		publicly("/");
		assertThat(publicly("/")).headers().hasValue(HEADER, "hit");
		transactions.executeWithoutResult(status -> audit.record("test", AuditSubject.plan(plan),
				AuditAction.ANALYSIS_SAVED, null, null, "not on the list", null));
		assertThat(publicly("/")).headers().hasValue(HEADER, "hit");

		long owner = plans.findById(plan).orElseThrow().ownerId();
		transactions.executeWithoutResult(status -> plans.add(new NewPlan("cache-new-plan", "キャッシュ後に加えた計画", owner,
				new FiscalPeriod(FiscalYear.of(2025), FiscalYear.of(2029)), List.of("基本目標"), null, null, null,
				Schemes.DEFAULT, BaselinePolicy.REVISED)));
		MvcTestResult after = publicly("/");
		assertThat(after).headers().hasValue(HEADER, "miss");
		assertThat(body(after)).contains("キャッシュ後に加えた計画");
		assertThat(body(publicly("/api/v1/plans"))).contains("キャッシュ後に加えた計画");
	}

	MvcTestResult publicly(String uri) {
		return mvc.get().uri(uri).exchange();
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The fiscal year the page's year selector has selected. */
	static int yearShown(String page) {
		Matcher selected = Pattern.compile("<option value=\"(\\d{4})\" selected").matcher(page);
		assertThat(selected.find()).as("a selected year in the page").isTrue();
		return Integer.parseInt(selected.group(1));
	}

}
