package jp.suishin.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.suishin.Stubs;
import jp.suishin.account.AccountRepository;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.organisation.PlanAccess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The organisations page alone: the controller and its template over an in-memory list
 * (security is the access-control matrix's concern, so its filters are off here).
 */
@WebMvcTest(OrganisationController.class)
@AutoConfigureMockMvc(addFilters = false)
class OrganisationControllerTests {

	static final Organization HOKKAIDO = new Organization(1, "hokkaido", "北海道", OrganizationKind.PREFECTURE,
			LocalGovernmentCode.of("010006"), null);

	static final Organization IWAMIZAWA = new Organization(2, "iwamizawa", "岩見沢市", OrganizationKind.MUNICIPALITY,
			LocalGovernmentCode.of("012106"), 1L);

	static final Organization YUBARI = new Organization(3, "yubari", "夕張市", OrganizationKind.MUNICIPALITY,
			LocalGovernmentCode.of("012092"), 1L);

	static final Organization ZONE = new Organization(4, "south-sorachi-zone", "南空知定住自立圏",
			OrganizationKind.SETTLEMENT_ZONE, null, null);

	@TestConfiguration
	static class Fixtures {

		@Bean
		OrganisationRepository organisations() {
			return Stubs.answering(OrganisationRepository.class, Map.of("findAll",
					args -> List.of(HOKKAIDO, IWAMIZAWA, YUBARI, ZONE), "membersOf",
					args -> ((Long) args[0]) == ZONE.id()
							? List.of(new Membership(ZONE.id(), IWAMIZAWA, CollaborationRole.CENTER, PlanAccess.EDIT),
									new Membership(ZONE.id(), YUBARI, CollaborationRole.MEMBER, PlanAccess.READ))
							: List.of()));
		}

		@Bean
		AccountRepository accounts() {
			return Stubs.unused(AccountRepository.class);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void organisationsPage_listsCodesParentsAndACollaborationsMembers() {
		assertThat(this.mvc.get().uri("/organisations").exchange()).hasStatusOk()
			.hasViewName("organisation/organisations")
			.bodyText()
			.contains("010006", "012106", "北海道", "南空知定住自立圏", "中心市", "構成団体", "data-key=\"south-sorachi-zone\"");
	}

	@Test
	void organisationsPage_inEnglish_namesTheKindsInEnglish() {
		assertThat(this.mvc.get().uri("/organisations?lang=en").exchange()).hasStatusOk()
			.bodyText()
			.contains("class=\"badge\">Settlement zone<", "Center city", "岩見沢市")
			.doesNotContain("中心市");
	}

}
