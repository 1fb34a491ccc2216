package jp.suishin.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRepository;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The access rules on the sample organisations: roles in one organisation, reviewers over
 * what lies below them, collaboration agreements, and the administrator and the public
 * with no rights on anybody's data.
 */
@SpringBootTest
class AccessPolicyTests {

	@Autowired
	AccessPolicy policy;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	DepartmentRepository departments;

	TestAccounts accounts;

	long iwamizawa;

	long yubari;

	long bureau;

	long hokkaido;

	long zone;

	long doo;

	@BeforeEach
	void organisations() {
		accounts = testAccounts;
		iwamizawa = accounts.organisation("iwamizawa");
		yubari = accounts.organisation("yubari");
		bureau = accounts.organisation("sorachi-bureau");
		hokkaido = accounts.organisation("hokkaido");
		zone = accounts.organisation("south-sorachi-zone");
		doo = accounts.organisation("doo-region");
	}

	@Test
	void aPlannerPlansForItsOwnOrganisationOnly() {
		Viewer planner = accounts.account("ap-planner", "iwamizawa", Role.PLANNER);
		assertThat(policy.on(planner, iwamizawa)).isEqualTo(new Rights(true, true, java.util.Set.of(), false, false));
		assertThat(policy.on(planner, yubari)).isEqualTo(Rights.NONE);
		assertThat(policy.on(planner, bureau)).isEqualTo(Rights.NONE);
		assertThatThrownBy(() -> policy.requirePlan(planner, yubari)).isInstanceOf(AccessDenied.class);
	}

	@Test
	void aCollaborationsAgreementGivesTheCenterThePlan_andTheOtherMembersReading() {
		Viewer center = accounts.account("ap-center", "iwamizawa", Role.PLANNER);
		Viewer member = accounts.account("ap-member", "yubari", Role.PLANNER);
		assertThat(policy.on(center, zone).plan()).isTrue();
		assertThat(policy.on(member, zone).plan()).isFalse();
		assertThat(policy.on(member, zone).readWorking()).isTrue();
		assertThat(policy.on(member, iwamizawa)).as("a member never gets another member's own plans")
			.isEqualTo(Rights.NONE);
		Viewer editor = accounts.editor("ap-member-editor", "yubari", "企画課");
		assertThat(policy.on(editor, zone)).as("the agreement is about planners").isEqualTo(Rights.NONE);
	}

	@Test
	void aReviewerReadsAndCommentsOnWhatLiesBelow_andChangesNothing() {
		Viewer bureauReviewer = accounts.account("ap-bureau-reviewer", "sorachi-bureau", Role.REVIEWER);
		Rights onCity = policy.on(bureauReviewer, iwamizawa);
		assertThat(onCity.readWorking()).isTrue();
		assertThat(onCity.comment()).isTrue();
		assertThat(onCity.plan()).isFalse();
		assertThat(onCity.departments()).isEmpty();
		assertThat(policy.on(bureauReviewer, zone).readWorking()).as("the zone's members lie below the bureau")
			.isTrue();
		assertThat(policy.on(bureauReviewer, hokkaido)).as("the prefecture lies above").isEqualTo(Rights.NONE);
		assertThat(policy.on(bureauReviewer, accounts.organisation("ishikari-bureau"))).isEqualTo(Rights.NONE);

		Viewer prefectureReviewer = accounts.account("ap-prefecture-reviewer", "hokkaido", Role.REVIEWER);
		assertThat(policy.on(prefectureReviewer, iwamizawa).readWorking()).isTrue();
		assertThat(policy.on(prefectureReviewer, doo).readWorking()).isTrue();
	}

	@Test
	void aDepartmentEntersForItsDepartment_anExpertGivesOpinions() {
		Viewer editor = accounts.editor("ap-editor", "iwamizawa", "商工労働課");
		long department = accounts.department("iwamizawa", "商工労働課").id();
		Rights rights = policy.on(editor, iwamizawa);
		assertThat(rights.entersFor(department)).isTrue();
		assertThat(rights.entersFor(accounts.department("iwamizawa", "農政課").id())).isFalse();
		assertThat(rights.plan()).isFalse();
		assertThat(policy.on(editor, yubari)).isEqualTo(Rights.NONE);

		Viewer expert = accounts.account("ap-expert", "iwamizawa", Role.EXPERT);
		assertThat(policy.on(expert, iwamizawa)).isEqualTo(new Rights(false, true, java.util.Set.of(), false, true));
	}

	@Test
	void theAdministratorAndThePublicHaveNoRightsOnAnyOrganisationsData() {
		Viewer admin = accounts.administrator("ap-admin");
		for (long organisation : new long[] { iwamizawa, yubari, bureau, hokkaido, zone, doo }) {
			assertThat(policy.on(admin, organisation)).isEqualTo(Rights.NONE);
			assertThat(policy.on(Viewer.PUBLIC, organisation)).isEqualTo(Rights.NONE);
		}
		assertThat(policy.on(accounts.account("ap-any", "iwamizawa", Role.PLANNER), 999_999)).isEqualTo(Rights.NONE);
	}

	@Test
	void theReachOfAViewerHoldsEveryOrganisationItHasRightsOn_andNotTheWholeCountry() {
		List<Viewer> viewers = List.of(accounts.account("ap-reach-planner", "iwamizawa", Role.PLANNER),
				accounts.account("ap-reach-member", "yubari", Role.PLANNER),
				accounts.account("ap-reach-bureau", "sorachi-bureau", Role.REVIEWER),
				accounts.account("ap-reach-prefecture", "hokkaido", Role.REVIEWER),
				accounts.editor("ap-reach-editor", "iwamizawa", "企画課"),
				accounts.account("ap-reach-expert", "south-sorachi-zone", Role.EXPERT),
				accounts.administrator("ap-reach-admin"));
		for (Viewer viewer : viewers) {
			var reach = policy.reach(viewer);
			for (var organisation : organisations.findAll()) {
				if (policy.on(viewer, organisation.id()).readWorking()) {
					assertThat(reach).as(viewer.login() + " reaches " + organisation.key()).contains(organisation.id());
				}
			}
			assertThat(reach.size()).as(viewer.login()).isLessThan(organisations.findAll().size());
		}
		assertThat(policy.reach(accounts.administrator("ap-reach-admin"))).isEmpty();
		assertThat(policy.reach(Viewer.PUBLIC)).isEmpty();
	}

}
