package jp.suishin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.suishin.TestDatabases;
import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.bench.BenchContext;
import jp.suishin.bench.Size;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application contexts on one PostgreSQL schema are two nodes: each keeps its own
 * snapshot of the organisation tree, and a change made through one is decided on by the
 * other at once (the version stamp), never on its older snapshot.
 */
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL, matches = ".+")
class AccessAcrossNodesTests {

	static BenchContext postgres;

	static ConfigurableApplicationContext one;

	static ConfigurableApplicationContext other;

	@BeforeAll
	static void twoNodes() {
		postgres = BenchContext.fromEnvironment(Size.SMOKE);
		String schema = postgres.freshSchema();
		one = postgres.application(schema, false);
		other = postgres.application(schema, false);
	}

	@AfterAll
	static void stop() {
		postgres.close();
	}

	@Test
	void aMembershipAddedOnOneNodeGivesItsRightsOnTheOtherAtOnce() {
		OrganisationRepository organisations = one.getBean(OrganisationRepository.class);
		long city = organisations.add(new NewOrganization("nodes-city", "協議会", OrganizationKind.COUNCIL, null, null));
		long zone = organisations
			.add(new NewOrganization("nodes-zone", "圏", OrganizationKind.SETTLEMENT_ZONE, null, null));
		Viewer planner = new Viewer(1L, "nodes-planner", "企画", false, List.of(new Grant(city, Role.PLANNER, null)));
		AccessPolicy elsewhere = other.getBean(AccessPolicy.class);
		assertThat(elsewhere.on(planner, zone)).isEqualTo(Rights.NONE);
		assertThat(elsewhere.reach(planner)).containsExactly(city);

		organisations.addMember(zone, city, CollaborationRole.CENTER);

		assertThat(elsewhere.on(planner, zone).plan()).isTrue();
		assertThat(elsewhere.reach(planner)).containsExactlyInAnyOrder(city, zone);
	}

	@Test
	void anOrganisationAddedBelowOnOneNodeIsReviewedOnTheOtherAtOnce() {
		OrganisationRepository organisations = one.getBean(OrganisationRepository.class);
		long prefecture = organisations
			.add(new NewOrganization("nodes-pref", "県", OrganizationKind.PREFECTURE, null, null));
		long bureau = organisations
			.add(new NewOrganization("nodes-bureau", "局", OrganizationKind.SUBPREFECTURAL_BUREAU, null, prefecture));
		Viewer reviewer = new Viewer(2L, "nodes-reviewer", "審査", false,
				List.of(new Grant(prefecture, Role.REVIEWER, null)));
		AccessPolicy elsewhere = other.getBean(AccessPolicy.class);
		assertThat(elsewhere.reach(reviewer)).containsExactlyInAnyOrder(prefecture, bureau);

		long town = organisations.add(new NewOrganization("nodes-town", "協議会", OrganizationKind.COUNCIL, null, bureau));

		assertThat(elsewhere.on(reviewer, town).comment()).isTrue();
		assertThat(elsewhere.reach(reviewer)).containsExactlyInAnyOrder(prefecture, bureau, town);
	}

}
