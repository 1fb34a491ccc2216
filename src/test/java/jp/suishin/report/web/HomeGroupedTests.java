package jp.suishin.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.suishin.Stubs;
import jp.suishin.account.AccountRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The start page of an installation with more plans than fit one page (here more than
 * two): the top-level organisations with their number of plans first, then the plans of
 * everything below the one chosen.
 */
@WebMvcTest(controllers = HomeController.class, properties = "suishin.plan-list.grouped-above=2")
@AutoConfigureMockMvc(addFilters = false)
class HomeGroupedTests {

	static final Organization HOKKAIDO = new Organization(1, "hokkaido", "北海道", OrganizationKind.PREFECTURE, null,
			null);

	static final Organization SORACHI = new Organization(2, "sorachi", "空知総合振興局",
			OrganizationKind.SUBPREFECTURAL_BUREAU, null, 1L);

	static final Organization IWAMIZAWA = new Organization(3, "iwamizawa", "岩見沢市", OrganizationKind.MUNICIPALITY, null,
			2L);

	static final Organization AOMORI = new Organization(4, "aomori", "青森県", OrganizationKind.PREFECTURE, null, null);

	@TestConfiguration
	static class Fixtures {

		@Bean
		OrganisationRepository organisations() {
			return Stubs.answering(OrganisationRepository.class, Map.of("tree",
					args -> OrganisationTree.of(0, List.of(HOKKAIDO, SORACHI, IWAMIZAWA, AOMORI), List.of())));
		}

		@Bean
		PlanRepository plans() {
			List<Plan> all = List.of(HomeControllerTests.plan(10, "北海道総合戦略", HOKKAIDO.id()),
					HomeControllerTests.plan(11, "岩見沢市総合戦略", IWAMIZAWA.id()),
					HomeControllerTests.plan(12, "青森県総合戦略", AOMORI.id()));
			return Stubs.answering(PlanRepository.class,
					Map.of("countByOwner", args -> Map.of(HOKKAIDO.id(), 1, IWAMIZAWA.id(), 1, AOMORI.id(), 1),
							"ofOwners",
							args -> all.stream().filter(p -> ((Set<?>) args[0]).contains(p.ownerId())).toList()));
		}

		@Bean
		AccountRepository accounts() {
			return Stubs.unused(AccountRepository.class);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void manyPlans_listThePrefecturesWithTheirNumberOfPlansFirst() {
		assertThat(this.mvc.get().uri("/").exchange()).hasStatusOk()
			.bodyText()
			.contains("data-group=\"hokkaido\"", "data-group=\"aomori\"", "/?group=1", "2件の計画", "1件の計画")
			.doesNotContain("岩見沢市総合戦略");
	}

	@Test
	void aPrefectureChosen_listsItsPlansAndThoseBelowIt() {
		assertThat(this.mvc.get().uri("/?group=1").exchange()).hasStatusOk()
			.bodyText()
			.contains("北海道総合戦略", "岩見沢市総合戦略", "/plans/11/kpi-list")
			.doesNotContain("青森県総合戦略");
	}

	@Test
	void anOrganisationBelowAnother_isNoGroup() {
		assertThat(this.mvc.get().uri("/?group=3").exchange()).hasStatus(404);
	}

}
