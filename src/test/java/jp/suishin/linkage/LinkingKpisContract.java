package jp.suishin.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Linking KPIs of the sample data's plans across organisations (Iwamizawa's to the
 * Sorachi bureau's, the bureau's to Hokkaido's): who may, what is refused with nothing
 * stored, and that every link made or removed is audited and gives no rights on the other
 * plan. On the embedded database and on PostgreSQL; each test removes the links it made.
 */
abstract class LinkingKpisContract {

	static final String IWAMIZAWA_KPI = "iwamizawa-net-out-migration";

	static final String IWAMIZAWA_OTHER_KPI = "iwamizawa-social-change-rate";

	static final String SORACHI_KPI = "sorachi-migration-consultations";

	static final String HOKKAIDO_KPI = "hokkaido2015-marriage-support-consultations";

	@Autowired
	LinkingKpis linking;

	@Autowired
	KpiLinks links;

	@Autowired
	KpiRepository kpis;

	@Autowired
	AuditTrail audit;

	@Autowired
	AccessPolicy access;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	TestAccounts accounts;

	Viewer iwamizawa;

	Viewer sorachi;

	Viewer hokkaido;

	@BeforeEach
	void planners() {
		long now = System.nanoTime();
		iwamizawa = accounts.account("link-iwamizawa-" + now, "iwamizawa", Role.PLANNER);
		sorachi = accounts.account("link-sorachi-" + now, "sorachi-bureau", Role.PLANNER);
		hokkaido = accounts.account("link-hokkaido-" + now, "hokkaido", Role.PLANNER);
	}

	@AfterEach
	void removeLinks() {
		for (String key : List.of(IWAMIZAWA_KPI, IWAMIZAWA_OTHER_KPI, SORACHI_KPI, HOKKAIDO_KPI)) {
			links.ofKpi(kpi(key)).forEach(link -> links.remove(link.id()));
		}
		links.removeComputation(kpi(SORACHI_KPI));
	}

	long kpi(String key) {
		return kpis.findByKey(key).orElseThrow().id();
	}

	@Test
	void aMembersPlanner_linksItsKpiToTheBureaus_auditedAndWithoutRightsOnTheBureau() {
		long id = linking.link(iwamizawa, kpi(IWAMIZAWA_KPI), SORACHI_KPI, "contributes_to");

		assertThat(links.ofKpi(kpi(SORACHI_KPI))).singleElement().satisfies(link -> {
			assertThat(link.id()).isEqualTo(id);
			assertThat(link.kpiId()).isEqualTo(kpi(IWAMIZAWA_KPI));
			assertThat(link.kind()).isEqualTo(LinkKind.CONTRIBUTES_TO);
			assertThat(link.createdBy()).isEqualTo(iwamizawa.actor());
		});
		AuditEntry entry = audit.of(AuditSubject.kpi(kpi(IWAMIZAWA_KPI))).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.LINK_ADDED);
		assertThat(entry.actor()).isEqualTo(iwamizawa.actor());
		assertThat(entry.after()).isEqualTo(SORACHI_KPI);
		long bureau = organisations.findByKey("sorachi-bureau").orElseThrow().id();
		assertThat(access.on(iwamizawa, bureau).readWorking()).isFalse();
		assertThat(access.on(iwamizawa, bureau).plan()).isFalse();
		assertThat(audit.of(AuditSubject.kpi(kpi(SORACHI_KPI)))).noneMatch(e -> e.action() == AuditAction.LINK_ADDED);
	}

	@Test
	void onlyThePlannersOfTheKpiThatLinks_mayLinkIt() {
		assertThatThrownBy(() -> linking.link(sorachi, kpi(IWAMIZAWA_KPI), SORACHI_KPI, "CONTRIBUTES_TO"))
			.isInstanceOf(AccessDenied.class);
		assertThat(links.ofKpi(kpi(IWAMIZAWA_KPI))).isEmpty();
	}

	@Test
	void badLinks_areRefusedNamingTheField_andStoreNothing() {
		long from = kpi(IWAMIZAWA_KPI);
		refused(() -> linking.link(iwamizawa, from, "no-such-kpi", "SAME_INDICATOR"), "linkedKpi",
				"linkage.link.target.unknown");
		refused(() -> linking.link(iwamizawa, from, " ", "SAME_INDICATOR"), "linkedKpi",
				"linkage.link.target.required");
		refused(() -> linking.link(iwamizawa, from, IWAMIZAWA_KPI, "SAME_INDICATOR"), "linkedKpi",
				"linkage.link.itself");
		refused(() -> linking.link(iwamizawa, from, IWAMIZAWA_OTHER_KPI, "SAME_INDICATOR"), "linkedKpi",
				"linkage.link.same-plan");
		refused(() -> linking.link(iwamizawa, from, SORACHI_KPI, "part-of"), "kind", "linkage.link.kind.unknown");
		assertThat(links.ofKpi(from)).isEmpty();
		assertThat(audit.of(AuditSubject.kpi(from)))
			.noneMatch(e -> e.action() == AuditAction.LINK_ADDED && e.actor().equals(iwamizawa.actor()));
	}

	@Test
	void aSecondLinkBetweenTheSameKpis_isRefusedEitherWay() {
		linking.link(iwamizawa, kpi(IWAMIZAWA_KPI), String.valueOf(kpi(SORACHI_KPI)), "SAME_INDICATOR");
		refused(() -> linking.link(sorachi, kpi(SORACHI_KPI), IWAMIZAWA_KPI, "SAME_INDICATOR"), "linkedKpi",
				"linkage.link.exists");
		assertThat(links.ofKpi(kpi(SORACHI_KPI))).hasSize(1);
	}

	@Test
	void aContributionThatClosesACycle_isRefused_overSeveralPlans() {
		linking.link(iwamizawa, kpi(IWAMIZAWA_KPI), SORACHI_KPI, "CONTRIBUTES_TO");
		linking.link(sorachi, kpi(SORACHI_KPI), HOKKAIDO_KPI, "CONTRIBUTES_TO");

		refused(() -> linking.link(hokkaido, kpi(HOKKAIDO_KPI), IWAMIZAWA_KPI, "CONTRIBUTES_TO"), "linkedKpi",
				"linkage.link.cycle");
		assertThat(links.ofKpi(kpi(HOKKAIDO_KPI))).hasSize(1);
		// the same statistic for another area is no sum: no cycle to close
		linking.link(hokkaido, kpi(HOKKAIDO_KPI), IWAMIZAWA_OTHER_KPI, "SAME_INDICATOR");
		assertThat(links.ofKpi(kpi(HOKKAIDO_KPI))).hasSize(2);
	}

	@Test
	void aContributionToAComputedSum_inAnotherQuantity_isRefused() {
		links.saveComputation(kpi(SORACHI_KPI), ComputationMethod.SUM, null, "test");
		// ％ does not add up to 件
		refused(() -> linking.link(iwamizawa, kpi(IWAMIZAWA_OTHER_KPI), SORACHI_KPI, "CONTRIBUTES_TO"), "linkedKpi",
				"linkage.link.units");
		assertThat(links.ofKpi(kpi(IWAMIZAWA_OTHER_KPI))).isEmpty();
	}

	@Test
	void removingALink_isAudited_andOnlyByThePlannersOfTheKpiThatMadeIt() {
		long id = linking.link(iwamizawa, kpi(IWAMIZAWA_KPI), SORACHI_KPI, "CONTRIBUTES_TO");
		assertThatThrownBy(() -> linking.unlink(sorachi, kpi(SORACHI_KPI), id)).isInstanceOf(Refused.class);
		assertThat(links.find(id)).isPresent();

		linking.unlink(iwamizawa, kpi(IWAMIZAWA_KPI), id);

		assertThat(links.find(id)).isEmpty();
		AuditEntry entry = audit.of(AuditSubject.kpi(kpi(IWAMIZAWA_KPI))).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.LINK_REMOVED);
		assertThat(entry.before()).isEqualTo(SORACHI_KPI);
	}

	static void refused(ThrowingCallable call, String field, String messageKey) {
		assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class, refused -> {
			assertThat(refused.refusal()).isInstanceOfSatisfying(Refusal.Invalid.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly(field));
			assertThat(((Refusal.Invalid) refused.refusal()).problems().get(0).problem().messageKey())
				.isEqualTo(messageKey);
		});
	}

}
