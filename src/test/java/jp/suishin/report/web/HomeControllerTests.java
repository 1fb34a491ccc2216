package jp.suishin.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.suishin.Stubs;
import jp.suishin.account.AccountRepository;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.LocalGovernmentCode;
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

/** The start page alone: plans grouped by their owner, over in-memory lists. */
@WebMvcTest(HomeController.class)
@AutoConfigureMockMvc(addFilters = false)
class HomeControllerTests {

	static final Organization IWAMIZAWA = new Organization(2, "iwamizawa", "岩見沢市", OrganizationKind.MUNICIPALITY,
			LocalGovernmentCode.of("012106"), null);

	static final Organization YUBARI = new Organization(3, "yubari", "夕張市", OrganizationKind.MUNICIPALITY,
			LocalGovernmentCode.of("012092"), null);

	static Plan plan(long id, String name, long owner) {
		return new Plan(id, "plan-" + id, name, owner, new FiscalPeriod(FiscalYear.of(2020), FiscalYear.of(2024)),
				List.of("基本目標"), null, null, null, "ratio", null);
	}

	@TestConfiguration
	static class Fixtures {

		@Bean
		OrganisationRepository organisations() {
			return Stubs.answering(OrganisationRepository.class, Map.of("findAll", args -> List.of(IWAMIZAWA, YUBARI),
					"tree", args -> OrganisationTree.of(0, List.of(IWAMIZAWA, YUBARI), List.of())));
		}

		@Bean
		PlanRepository plans() {
			return Stubs.answering(PlanRepository.class,
					Map.of("findAll", args -> List.of(plan(10, "岩見沢市総合戦略", IWAMIZAWA.id())), "countByOwner",
							args -> Map.of(IWAMIZAWA.id(), 1)));
		}

		@Bean
		AccountRepository accounts() {
			return Stubs.unused(AccountRepository.class);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void startPage_groupsPlansByOwner_andLinksTheirKpiLists() {
		assertThat(this.mvc.get().uri("/").exchange()).hasStatusOk()
			.hasViewName("report/home")
			.bodyText()
			.contains("岩見沢市総合戦略", "/plans/10/kpi-list", "2020", "2024")
			.doesNotContain("夕張市");
	}

}
