package jp.suishin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.CollectionState;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Locked means locked, on every database: once the Sorachi plan's FY R6 is locked, a
 * target revised from R7 leaves R6's 進捗率 and grades as published while R7 grades on the
 * new target; and each edit that would re-grade R6 (its milestone, the target and
 * direction, a baseline revision, the scheme, the analysis) is refused with the same
 * message on the page and through the API, storing nothing. Run by
 * {@link LockedYearOnEmbeddedDatabaseTests} always and {@link LockedYearOnPostgresTests}
 * when PostgreSQL is configured.
 */
abstract class LockedYearContract {

	static final FiscalYear R6 = FiscalYear.of(2024);

	static final FiscalYear R7 = FiscalYear.of(2025);

	static final String LOCKED = "R6の値は承認済みでロックされています。";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	CollectionRepository collections;

	@Autowired
	KpiListQuery kpiLists;

	@Autowired
	SchemeRevisions schemes;

	@Autowired
	RecordingActualValue recording;

	@Autowired
	AnalysisRepository analyses;

	Viewer planner;

	long sorachi;

	@BeforeEach
	void lockR6() {
		planner = testAccounts.account("ly-planner", "sorachi-bureau", Role.PLANNER);
		sorachi = plans.findByKey(SorachiKpiListContract.SORACHI).orElseThrow().id();
		if (collections.find(sorachi, R6).isEmpty()) {
			List<Long> ids = kpis.findByPlan(sorachi).stream().map(Kpi::id).toList();
			long collection = collections.open(sorachi, R6, LocalDate.now().plusMonths(1), ids, "test");
			collections.setState(collection, CollectionState.LOCKED);
		}
	}

	KpiList list(FiscalYear year) {
		return kpiLists.kpiList(planner, sorachi, Optional.of(year));
	}

	static List<String> figures(KpiList list) {
		return list.rows()
			.stream()
			.map(r -> r.kpi().key() + " " + r.evaluation().progressDisplay() + " " + r.evaluation().grade().label()
					+ " " + r.target())
			.toList();
	}

	@Test
	void afterLockingR6_aTargetRevisedFromR7_leavesR6sFiguresAsPublished_whileR7UsesTheNewTarget() {
		KpiList r6 = list(R6);
		assertThat(r6.rows()).extracting(row -> row.evaluation().progressDisplay())
			.containsExactly("－％", "99.9％", "82.9％", "197.7％", "－％", "－％", "82.9％", "－％", "90.9％");
		Kpi kpi = r6.rows().get(1).kpi();
		String amount = kpis.findValue(kpi.id(), R6).orElseThrow().actual().amount().orElseThrow().toPlainString();
		assertThat(recording.record(new ValueEntry(kpi.id(), "R7", amount, null, null, null, 0), "test"))
			.isInstanceOf(RecordingOutcome.Recorded.class);
		String r7Before = row(list(R7), kpi).evaluation().progressDisplay();
		assertThat(r7Before).isEqualTo("99.9％");

		assertThat(page("/kpis/{id}/definition", kpi.id(), "kpiName", kpi.name(), "kpiDirection",
				kpi.direction().name(), "targetValue", "120,000", "targetYear", "R7", "targetFrom", "R7",
				"definitionReason", "中間見直し（R7から目標を上方修正）"))
			.hasStatus3xxRedirection();

		assertThat(figures(list(R6))).isEqualTo(figures(r6));
		KpiList.Row revised = row(list(R7), kpi);
		assertThat(revised.evaluation().kpi().target().value()).isEqualByComparingTo("120000");
		assertThat(revised.evaluation().progressDisplay()).isNotEqualTo(r7Before);
		assertThat(kpis.targetRevisions(kpi.id())).singleElement().satisfies(revision -> {
			assertThat(revision.from()).isEqualTo(R7);
			assertThat(revision.revisedBy()).isEqualTo("ly-planner");
			assertThat(revision.reason()).isEqualTo("中間見直し（R7から目標を上方修正）");
		});
		assertThat(mvc.get().uri("/kpis/{id}", kpi.id()).with(testAccounts.as(planner)).exchange()).bodyText()
			.contains("id=\"target-revisions\"", "中間見直し（R7から目標を上方修正）", "120,000", "ly-planner");
		assertThat(mvc.get().uri("/kpis/{id}", kpi.id()).exchange()).bodyText()
			.contains("id=\"target-revisions\"", "中間見直し（R7から目標を上方修正）")
			.doesNotContain("ly-planner");
		assertThat(mvc.get().uri("/kpis/{id}?lang=en", kpi.id()).exchange()).bodyText()
			.contains("Mid-term revisions of the target", "Applies from (fiscal year)");
	}

	@Test
	void eachEditThatWouldRegradeALockedYear_isRefusedWithTheSameMessage_onThePageAndTheApi_andStoresNothing() {
		Kpi kpi = kpis.findByKey("sorachi-certified-centers").orElseThrow();
		Supplier<List<Object>> stored = () -> List.of(kpis.findById(kpi.id()).orElseThrow(), kpis.milestones(kpi.id()),
				kpis.baselineRevisions(kpi.id()), kpis.targetRevisions(kpi.id()), schemes.ofPlan(sorachi),
				plans.findById(sorachi).orElseThrow().scheme(), analyses.find(sorachi, R6).isPresent(),
				figures(list(R6)));
		List<Object> before = stored.get();

		List<MvcTestResult> pages = List.of(
				page("/kpis/{id}/milestones", kpi.id(), "milestoneYear", "R6", "milestoneValue", "21カ所"),
				page("/kpis/{id}/definition", kpi.id(), "kpiName", kpi.name(), "kpiDirection", "DECREASE",
						"targetValue", "22", "targetYear", "R7", "targetFrom", "R6", "definitionReason", "見直し"),
				page("/kpis/{id}/baseline", kpi.id(), "baselineValue", "19カ所", "baselineReason", "遡及改定"),
				page("/plans/{id}/scheme", sorachi, "scheme", "sabc", "schemeFrom", "R6", "schemeReason", "見直し"),
				page("/plans/{id}/analysis", sorachi, "year", "2024", "text", "書き換えた分析"));
		List<MvcTestResult> api = List.of(
				api(mvc.put().uri("/api/v1/kpis/{id}/milestones/R6", kpi.id()), "{\"value\":\"21カ所\"}"),
				api(mvc.put().uri("/api/v1/kpis/{id}/definition", kpi.id()),
						"{\"name\":\"" + kpi.name() + "\",\"direction\":\"DECREASE\",\"targetValue\":\"22\","
								+ "\"targetYear\":\"R7\",\"from\":\"R6\",\"reason\":\"見直し\"}"),
				api(mvc.post().uri("/api/v1/kpis/{id}/baseline-revisions", kpi.id()),
						"{\"value\":\"19カ所\",\"reason\":\"遡及改定\"}"),
				api(mvc.put().uri("/api/v1/plans/{id}/scheme", sorachi),
						"{\"scheme\":\"sabc\",\"from\":\"R6\",\"reason\":\"見直し\"}"),
				api(mvc.put().uri("/api/v1/plans/{id}/analyses/R6", sorachi), "{\"text\":\"書き換えた分析\"}"));

		for (int i = 0; i < pages.size(); i++) {
			assertThat(api.get(i)).hasStatus(409);
			String message = JsonPath.read(body(api.get(i)), "$.detail");
			assertThat(message).startsWith(LOCKED);
			assertThat(pages.get(i)).hasStatus(409).bodyText().contains(message);
		}
		assertThat(stored.get()).isEqualTo(before);
	}

	static KpiList.Row row(KpiList list, Kpi kpi) {
		return list.rows().stream().filter(r -> r.kpi().id() == kpi.id()).findFirst().orElseThrow();
	}

	MvcTestResult page(String uri, long id, String... params) {
		var request = mvc.post().uri(uri, id).with(testAccounts.as(planner)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	MvcTestResult api(org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
			String json) {
		return request.with(testAccounts.as(planner))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
