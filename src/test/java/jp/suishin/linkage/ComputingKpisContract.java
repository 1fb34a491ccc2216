package jp.suishin.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.access.AccessDenied;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectingValues;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.Schemes;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A parent KPI of the Sorachi bureau's plan computed from KPIs of three other
 * organisations' plans (Iwamizawa, Hokkaido, the nation), made by each test with unique
 * keys, in a fiscal year no collection covers (so that their values are public): on the
 * embedded database and on PostgreSQL. Each test removes the KPIs and links it made.
 */
abstract class ComputingKpisContract {

	static final FiscalYear YEAR = FiscalYear.of(2039);

	static final String[] PLANS = { "iwamizawa-regional-revitalization", "hokkaido-strategy-2015",
			"national-regional-revitalization-2" };

	@Autowired
	ComputingKpis computing;

	@Autowired
	KpiLinks links;

	@Autowired
	KpiRepository kpis;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	CollectingValues collecting;

	final List<Long> madePlans = new ArrayList<>();

	final List<Long> madeKpis = new ArrayList<>();

	final List<Long> madeLinks = new ArrayList<>();

	Viewer planner;

	@BeforeEach
	void sorachiPlanner() {
		planner = accounts.account("ck-planner-" + System.nanoTime(), "sorachi-bureau", Role.PLANNER);
	}

	@AfterEach
	void removeWhatWasMade() {
		madeLinks.forEach(links::remove);
		madeKpis.forEach(id -> {
			links.removeComputation(id);
			kpis.remove(id, "computing-test");
		});
		madePlans.forEach(id -> plans.archive(id, "computing-test"));
		madeLinks.clear();
		madeKpis.clear();
		madePlans.clear();
	}

	long kpi(String planKey, String name, String unit) {
		long planId = plans.findByKey(planKey).orElseThrow().id();
		long id = kpis.add(new NewKpi(planId, "ck-" + System.nanoTime(), name, Unit.of(unit), Direction.INCREASE,
				Aggregation.YEARLY, null, null, null, null));
		madeKpis.add(id);
		return id;
	}

	long parent(String name, String unit) {
		return kpi("sorachi-doo-policy-2021", name, unit);
	}

	long contributor(long parent, int plan, String unit, Actual value) {
		long id = kpi(PLANS[plan], "寄与指標" + plan, unit);
		madeLinks.add(links.add(id, parent, LinkKind.CONTRIBUTES_TO, "computing-test"));
		if (value != null) {
			kpis.saveValue(id, YEAR, value, null, null, null, "computing-test");
		}
		return id;
	}

	static Actual confirmed(String value) {
		return new Actual.Confirmed(new BigDecimal(value));
	}

	@Test
	void aSum_withAPendingMember_staysPending_andSaysHowManyReported() {
		long parent = parent("移住相談件数（合計）", "人");
		contributor(parent, 0, "人", confirmed("120"));
		contributor(parent, 1, "万人", confirmed("0.5"));
		contributor(parent, 2, "人", new Actual.Pending(7));
		computing.set(planner, parent, "SUM", null);

		ComputedValue computed = computing.compute(planner, parent, YEAR);

		assertThat(computed.method()).isEqualTo(ComputationMethod.SUM);
		assertThat(computed.contributing()).isEqualTo(3);
		assertThat(computed.reported()).isEqualTo(2);
		assertThat(computed.pending()).isTrue();
		assertThat(computed.value()).isNull();
		assertThat(computed.problemKey()).isNull();
		assertThat(audit.of(AuditSubject.kpi(parent))).extracting(AuditEntry::action)
			.contains(AuditAction.LINK_COMPUTATION_SET);
	}

	@Test
	void aSum_ofConfirmedMembers_isTheExactSum_inTheParentsUnit() {
		long parent = parent("移住者数（合計）", "人");
		contributor(parent, 0, "人", confirmed("120"));
		// 0.5万人 = 5,000人
		contributor(parent, 1, "万人", confirmed("0.5"));
		contributor(parent, 2, "人", confirmed("30"));
		computing.set(planner, parent, "sum", "");

		ComputedValue computed = computing.compute(Viewer.PUBLIC, parent, YEAR);

		assertThat(computed.pending()).isFalse();
		assertThat(computed.reported()).isEqualTo(3);
		assertThat(computed.value()).isEqualByComparingTo("5150");
	}

	@Test
	void aSum_ofAnotherQuantity_isRefused_andNothingIsStored() {
		long parent = parent("移住者数（合計）", "人");
		contributor(parent, 0, "人", confirmed("120"));
		contributor(parent, 1, "件", confirmed("3"));

		assertThatThrownBy(() -> computing.set(planner, parent, "SUM", null)).isInstanceOf(Refused.class)
			.hasMessageContaining("method=linkage.computation.units");

		assertThat(links.computation(parent)).isEmpty();
		assertThat(audit.of(AuditSubject.kpi(parent))).extracting(AuditEntry::action)
			.doesNotContain(AuditAction.LINK_COMPUTATION_SET);
		assertThat(computing.compute(planner, parent, YEAR).problemKey()).isEqualTo("linkage.computation.none");
	}

	@Test
	void theMethodAndWeight_areChecked() {
		long parent = parent("転入率（平均）", "%");
		assertThatThrownBy(() -> computing.set(planner, parent, "MEDIAN", null))
			.hasMessageContaining("method=linkage.computation.method.unknown");
		assertThatThrownBy(() -> computing.set(planner, parent, "WEIGHTED_MEAN", " "))
			.hasMessageContaining("weightKpi=linkage.computation.weight.required");
		assertThatThrownBy(() -> computing.set(planner, parent, "WEIGHTED_MEAN", "no-such-kpi-" + System.nanoTime()))
			.hasMessageContaining("weightKpi=linkage.computation.weight.unknown");
		assertThatThrownBy(() -> computing.set(planner, parent, "SUM", String.valueOf(parent)))
			.hasMessageContaining("weightKpi=linkage.computation.weight.unexpected");
		assertThat(links.computation(parent)).isEmpty();
	}

	@Test
	void whoDoesNotPlanForTheParent_isRefused() {
		long parent = parent("移住者数（合計）", "人");
		Viewer iwamizawa = accounts.account("ck-other-" + System.nanoTime(), "iwamizawa", Role.PLANNER);

		assertThatThrownBy(() -> computing.set(iwamizawa, parent, "SUM", null)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> computing.set(Viewer.PUBLIC, parent, "SUM", null)).isInstanceOf(AccessDenied.class);
		assertThat(links.computation(parent)).isEmpty();
		computing.set(planner, parent, "SUM", null);
		assertThatThrownBy(() -> computing.clear(iwamizawa, parent)).isInstanceOf(AccessDenied.class);
		assertThat(links.computation(parent)).isPresent();
	}

	@Test
	void clearing_removesTheComputation_andIsAudited() {
		long parent = parent("移住者数（合計）", "人");
		computing.set(planner, parent, "SUM", null);
		computing.clear(planner, parent);

		assertThat(links.computation(parent)).isEmpty();
		assertThat(audit.of(AuditSubject.kpi(parent))).extracting(AuditEntry::action)
			.contains(AuditAction.LINK_COMPUTATION_CLEARED);
	}

	@Test
	void aWeightedMean_isWorkedOutAsByHand() {
		long parent = parent("転入超過率（加重平均）", "%");
		long population = parent("人口（合計）", "人");
		// rates 10 (1,000人), 20 (3,000人) and 41.3 (0.1万人 = 1,000人):
		// (10 × 1,000 + 20 × 3,000 + 41.3 × 1,000) ÷ 5,000 = 111,300 ÷ 5,000 = 22.26 →
		// 22.3
		contributor(parent, 0, "%", confirmed("10"));
		contributor(parent, 1, "%", confirmed("20"));
		contributor(parent, 2, "%", confirmed("41.3"));
		contributor(population, 0, "人", confirmed("1000"));
		contributor(population, 1, "人", confirmed("3000"));
		contributor(population, 2, "万人", confirmed("0.1"));
		computing.set(planner, parent, "WEIGHTED_MEAN", String.valueOf(population));

		ComputedValue computed = computing.compute(planner, parent, YEAR);

		assertThat(computed.method()).isEqualTo(ComputationMethod.WEIGHTED_MEAN);
		assertThat(computed.value()).isEqualByComparingTo("22.3");
		assertThat(computed.value().scale()).isEqualTo(1);
		assertThat(computed.contributing()).isEqualTo(3);
		assertThat(computed.reported()).isEqualTo(3);
	}

	@Test
	void aWeightedMean_whoseWeightsAddUpToZero_cannotBeComputed() {
		long parent = parent("転入超過率（加重平均）", "%");
		long population = parent("人口（合計）", "人");
		contributor(parent, 0, "%", confirmed("10"));
		contributor(parent, 1, "%", confirmed("20"));
		contributor(population, 0, "人", confirmed("0"));
		contributor(population, 1, "人", confirmed("0"));
		computing.set(planner, parent, "WEIGHTED_MEAN", String.valueOf(population));

		ComputedValue computed = computing.compute(planner, parent, YEAR);

		assertThat(computed.value()).isNull();
		assertThat(computed.pending()).isFalse();
		assertThat(computed.problemKey()).isEqualTo("linkage.computation.weight.zero");
	}

	@Test
	void aWeightedMean_withAnOrganisationWithoutWeight_cannotBeComputed_andAPendingWeightKeepsItPending() {
		long parent = parent("転入超過率（加重平均）", "%");
		long population = parent("人口（合計）", "人");
		contributor(parent, 0, "%", confirmed("10"));
		contributor(parent, 1, "%", confirmed("20"));
		contributor(population, 0, "人", confirmed("100"));
		computing.set(planner, parent, "WEIGHTED_MEAN", String.valueOf(population));

		assertThat(computing.compute(planner, parent, YEAR).problemKey())
			.isEqualTo("linkage.computation.weight.missing");

		contributor(population, 1, "人", new Actual.Pending(null));
		ComputedValue computed = computing.compute(planner, parent, YEAR);
		assertThat(computed.pending()).isTrue();
		assertThat(computed.problemKey()).isNull();
		assertThat(computed.reported()).isEqualTo(2);
	}

	@Test
	void anOutsider_getsNoValueOfACollectedYearNotYetApproved_whileTheMembersStaffDo() {
		FiscalYear collected = FiscalYear.of(2031);
		String key = "ck-own-" + System.nanoTime();
		organisations.add(new NewOrganization(key, "計算町" + key, OrganizationKind.COUNCIL, null, null));
		Viewer member = accounts.account(key + "-planner", key, Role.PLANNER);
		long plan = plans.add(new NewPlan(key, "総合戦略", accounts.organisation(key),
				new FiscalPeriod(FiscalYear.of(2030), FiscalYear.of(2034)), List.of("基本目標"), null, null, null,
				Schemes.DEFAULT, BaselinePolicy.REVISED));
		madePlans.add(plan);
		long parent = parent("移住者数（合計）", "人");
		long own = kpi(key, "計算町の移住者数", "人");
		madeLinks.add(links.add(own, parent, LinkKind.CONTRIBUTES_TO, "computing-test"));
		long hokkaido = kpi(PLANS[1], "北海道の移住者数", "人");
		madeLinks.add(links.add(hokkaido, parent, LinkKind.CONTRIBUTES_TO, "computing-test"));
		assertThat(collecting.open(member, plan, "2031", LocalDate.now().plusDays(30).toString()).problems()).isEmpty();
		kpis.saveValue(own, collected, confirmed("5"), null, null, null, member.actor());
		kpis.saveValue(hokkaido, collected, confirmed("10"), null, null, null, "computing-test");
		computing.set(planner, parent, "SUM", null);

		ComputedValue outside = computing.compute(Viewer.PUBLIC, parent, collected);
		assertThat(outside.pending()).isTrue();
		assertThat(outside.value()).isNull();
		assertThat(outside.contributing()).isEqualTo(2);
		assertThat(outside.reported()).isEqualTo(1);

		ComputedValue inside = computing.compute(member, parent, collected);
		assertThat(inside.value()).isEqualByComparingTo("15");
		assertThat(inside.reported()).isEqualTo(2);
	}

}
