package jp.suishin.linkage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.linkage.KpiLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The KPI page's links: Iwamizawa's planner links its KPI to the Sorachi bureau's from
 * the page and both KPI pages show the link (the public too, without the forms); a
 * planner of the other plan, an expert and the public cannot add or remove it, and
 * nothing changes; a bad link is refused on the page with a Japanese message naming the
 * field. The access-control matrix leaves these endpoints to this test.
 */
@SpringBootTest(
		properties = { "spring.datasource.url=jdbc:h2:mem:link-access;DB_CLOSE_DELAY=-1", "suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class LinkAccessTests {

	static final String MEMBER_KPI = "iwamizawa-net-out-migration";

	static final String BUREAU_KPI = "sorachi-migration-consultations";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	KpiRepository kpis;

	@Autowired
	KpiLinks links;

	static final String PREFECTURE_KPI = "hokkaido2015-marriage-support-consultations";

	@AfterEach
	void removeLinks() {
		links.ofKpi(kpi(MEMBER_KPI)).forEach(link -> links.remove(link.id()));
		links.ofKpi(kpi(PREFECTURE_KPI)).forEach(link -> links.remove(link.id()));
		links.removeComputation(kpi(BUREAU_KPI));
	}

	long kpi(String key) {
		return kpis.findByKey(key).orElseThrow().id();
	}

	@Test
	void thePlanner_linksFromThePage_andBothPagesShowTheLink_thePublicWithoutForms() {
		Viewer planner = accounts.account("la-planner", "iwamizawa", Role.PLANNER);
		long member = kpi(MEMBER_KPI);
		assertThat(mvc.get().uri("/kpis/{id}", member).with(accounts.as(planner)).exchange()).hasStatusOk()
			.bodyText()
			.contains("id=\"add-link\"", "他の計画の指標と連携する");

		assertThat(mvc.post()
			.uri("/kpis/{id}/links", member)
			.param("linkedKpi", BUREAU_KPI)
			.param("kind", "CONTRIBUTES_TO")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/kpis/" + member + "#links");
		assertThat(links.ofKpi(member)).hasSize(1);

		assertThat(mvc.get().uri("/kpis/{id}", member).exchange()).hasStatusOk()
			.bodyText()
			.contains("data-linked-kpi=\"" + BUREAU_KPI + "\"", "北海道空知総合振興局", "この指標が寄与する")
			.doesNotContain("id=\"add-link\"");
		assertThat(mvc.get().uri("/kpis/{id}?lang=en", kpi(BUREAU_KPI)).exchange()).hasStatusOk()
			.bodyText()
			.contains("data-linked-kpi=\"" + MEMBER_KPI + "\"", "岩見沢市", "Contributes to this KPI");
	}

	@Test
	void othersCannotLinkOrRemove_andNothingChanges() {
		long member = kpi(MEMBER_KPI);
		Viewer planner = accounts.account("la-owner", "iwamizawa", Role.PLANNER);
		mvc.post()
			.uri("/kpis/{id}/links", member)
			.param("linkedKpi", BUREAU_KPI)
			.param("kind", "SAME_INDICATOR")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange();
		long link = links.ofKpi(member).get(0).id();
		List<Viewer> refused = List.of(accounts.account("la-bureau", "sorachi-bureau", Role.PLANNER),
				accounts.account("la-expert", "iwamizawa", Role.EXPERT),
				accounts.account("la-reviewer", "iwamizawa", Role.REVIEWER));
		for (Viewer viewer : refused) {
			assertThat(mvc.post()
				.uri("/kpis/{id}/links", member)
				.param("linkedKpi", "hokkaido2015-marriage-support-consultations")
				.param("kind", "SAME_INDICATOR")
				.with(accounts.as(viewer))
				.with(csrf())
				.exchange()).as(viewer.actor()).hasStatus(403);
			assertThat(mvc.post()
				.uri("/kpis/{id}/links/{link}/remove", member, link)
				.with(accounts.as(viewer))
				.with(csrf())
				.exchange()).as(viewer.actor()).hasStatus(403);
		}
		assertThat(mvc.post().uri("/kpis/{id}/links/{link}/remove", member, link).with(csrf()).exchange())
			.hasStatus3xxRedirection();
		// the bureau's planner cannot remove the member's link through its own KPI either
		Viewer bureau = accounts.account("la-bureau-planner", "sorachi-bureau", Role.PLANNER);
		assertThat(mvc.post()
			.uri("/kpis/{id}/links/{link}/remove", kpi(BUREAU_KPI), link)
			.with(accounts.as(bureau))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(links.ofKpi(member)).extracting(l -> l.id()).containsExactly(link);
	}

	@Test
	void aBadLink_isRefusedOnThePage_namingTheField_andStoresNothing() {
		Viewer planner = accounts.account("la-typist", "iwamizawa", Role.PLANNER);
		long member = kpi(MEMBER_KPI);
		var result = mvc.post()
			.uri("/kpis/{id}/links", member)
			.param("linkedKpi", "no-such-kpi")
			.param("kind", "CONTRIBUTES_TO")
			.with(accounts.as(planner))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		assertThat(result).flash().containsEntry("problemsFor", "add-link");
		assertThat(result.getMvcResult().getFlashMap().get("problems").toString()).contains("連携先の指標", "no-such-kpi");
		assertThat(links.ofKpi(member)).isEmpty();
	}

	@Test
	void theParentsPlanner_setsItComputed_andThePageShowsTheComputedValueWithItsCompleteness() {
		Viewer prefecture = accounts.account("la-prefecture", "hokkaido", Role.PLANNER);
		Viewer bureau = accounts.account("la-bureau-computes", "sorachi-bureau", Role.PLANNER);
		long parent = kpi(BUREAU_KPI);
		mvc.post()
			.uri("/kpis/{id}/links", kpi(PREFECTURE_KPI))
			.param("linkedKpi", BUREAU_KPI)
			.param("kind", "CONTRIBUTES_TO")
			.with(accounts.as(prefecture))
			.with(csrf())
			.exchange();
		assertThat(links.ofKpi(parent)).hasSize(1);

		var refused = mvc.post()
			.uri("/kpis/{id}/computation", parent)
			.param("method", "WEIGHTED_MEAN")
			.with(accounts.as(bureau))
			.with(csrf())
			.exchange();
		assertThat(refused).flash().containsEntry("problemsFor", "set-computation");
		assertThat(links.computation(parent)).isEmpty();
		assertThat(mvc.post()
			.uri("/kpis/{id}/computation", parent)
			.param("method", "SUM")
			.with(accounts.as(prefecture))
			.with(csrf())
			.exchange()).hasStatus(403);
		assertThat(links.computation(parent)).isEmpty();

		mvc.post()
			.uri("/kpis/{id}/computation", parent)
			.param("method", "SUM")
			.with(accounts.as(bureau))
			.with(csrf())
			.exchange();
		assertThat(links.computation(parent)).isPresent();
		assertThat(mvc.get().uri("/kpis/{id}", parent).exchange()).hasStatusOk()
			.bodyText()
			.contains("data-computed", "構成団体の実績の合計", "1団体中1団体の実績");
	}

}
