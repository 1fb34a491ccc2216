package jp.suishin.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.Schemes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link KpiRepository#saveValues}: many values in one transaction, stored as
 * {@code saveValue} stores one (versions, who and when, the audit trail), all or nothing.
 * Run by {@link BatchValueWritesOnEmbeddedDatabaseTests} always and
 * {@link BatchValueWritesOnPostgresTests} when PostgreSQL is configured.
 */
abstract class BatchValueWritesContract {

	static final FiscalYear R4 = FiscalYear.of(2022);

	static final FiscalYear R5 = FiscalYear.of(2023);

	static final FiscalYear R6 = FiscalYear.of(2024);

	@Autowired
	KpiRepository kpis;

	@Autowired
	PlanRepository plans;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	AuditTrail audit;

	long plan;

	long kpi;

	long other;

	@BeforeEach
	void aPlanWithTwoKpis() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		long owner = organisations
			.add(new NewOrganization("batch-" + key, "一括入力県", OrganizationKind.PREFECTURE, null, null));
		plan = plans.add(new NewPlan("batch-" + key, "一括入力の計画", owner,
				new FiscalPeriod(FiscalYear.of(2020), FiscalYear.of(2024)), List.of("基本目標"), null, null, null,
				Schemes.DEFAULT, BaselinePolicy.REVISED));
		kpi = kpis.add(new NewKpi(plan, "batch-a-" + key, "移住者数", Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY,
				null, null, null, null));
		other = kpis.add(new NewKpi(plan, "batch-b-" + key, "観光客数", Unit.of("人"), Direction.INCREASE,
				Aggregation.YEARLY, null, null, null, null));
	}

	static Actual confirmed(String amount) {
		return new Actual.Confirmed(new BigDecimal(amount), false);
	}

	@Test
	void newAndChangedValues_areStoredInOneGo_withVersionsWhoAndTheirScale() {
		kpis.saveValue(kpi, R6, confirmed("100"), null, null, null, "first");

		List<ValueWrite> refused = kpis.saveValues(List.of(new ValueWrite(kpi, R4, confirmed("52.0"), "注記", "統計", null),
				new ValueWrite(kpi, R5, new Actual.Pending(7), null, null, 0),
				new ValueWrite(kpi, R6, new Actual.Preliminary(new BigDecimal("120"), true), null, null, 1),
				new ValueWrite(other, R6, confirmed("3"), null, null, null)), "importer");

		assertThat(refused).isEmpty();
		List<YearlyValue> values = kpis.values(kpi);
		assertThat(values).extracting(YearlyValue::year).containsExactly(R4, R5, R6);
		assertThat(values).extracting(YearlyValue::version).containsExactly(1, 1, 2);
		assertThat(values).extracting(YearlyValue::updatedBy).containsOnly("importer");
		assertThat(values.get(0).actual()).isEqualTo(confirmed("52.0"));
		assertThat(values.get(0).actual().amount().orElseThrow().scale()).isEqualTo(1);
		assertThat(values.get(0).note()).isEqualTo("注記");
		assertThat(values.get(0).source()).isEqualTo("統計");
		assertThat(values.get(1).actual()).isEqualTo(new Actual.Pending(7));
		assertThat(values.get(2).actual()).isEqualTo(new Actual.Preliminary(new BigDecimal("120"), true));
		assertThat(kpis.values(other)).singleElement().extracting(YearlyValue::version).isEqualTo(1);
	}

	@Test
	void notesAndSources_arriveAsWritten_whateverCharactersTheyHold() {
		String note = "タブ\t改行\n復帰\r円記号\\N と \\ 終わり";
		String source = "\\N";

		kpis.saveValues(List.of(new ValueWrite(kpi, R6, confirmed("1"), note, source, null),
				new ValueWrite(kpi, R5, confirmed("2"), null, null, null)), "名前\tに\\タブ");

		List<YearlyValue> values = kpis.values(kpi);
		assertThat(values.get(1).note()).isEqualTo(note);
		assertThat(values.get(1).source()).isEqualTo(source);
		assertThat(values.get(1).updatedBy()).isEqualTo("名前\tに\\タブ");
		assertThat(values.get(0).note()).isNull();
		assertThat(values.get(0).source()).isNull();
	}

	@Test
	void oneStaleVersion_refusesTheWholeBatch_andStoresNothing() {
		kpis.saveValue(kpi, R6, confirmed("100"), null, null, null, "first");
		int entries = audit.of(AuditSubject.kpi(kpi)).size();
		ValueWrite stale = new ValueWrite(kpi, R6, confirmed("120"), null, null, 0);

		List<ValueWrite> refused = kpis.saveValues(List.of(new ValueWrite(kpi, R5, confirmed("90"), null, null, null),
				stale, new ValueWrite(other, R6, confirmed("3"), null, null, 0)), "importer");

		assertThat(refused).containsExactly(stale);
		assertThat(kpis.values(kpi)).singleElement().satisfies(v -> {
			assertThat(v.actual()).isEqualTo(confirmed("100"));
			assertThat(v.version()).isEqualTo(1);
		});
		assertThat(kpis.values(other)).isEmpty();
		assertThat(audit.of(AuditSubject.kpi(kpi))).hasSize(entries);
	}

	@Test
	void removals_takeTheValueAway_andAreAudited() {
		kpis.saveValue(kpi, R5, confirmed("90"), null, null, null, "first");
		kpis.saveValue(kpi, R6, confirmed("100"), null, null, null, "first");

		List<ValueWrite> refused = kpis
			.saveValues(List.of(ValueWrite.removal(kpi, R5, 1), ValueWrite.removal(kpi, R4, null)), "importer");

		assertThat(refused).isEmpty();
		assertThat(kpis.values(kpi)).extracting(YearlyValue::year).containsExactly(R6);
		AuditEntry removed = audit.of(AuditSubject.kpi(kpi)).get(0);
		assertThat(removed.action()).isEqualTo(AuditAction.VALUE_REMOVED);
		assertThat(removed.actor()).isEqualTo("importer");
		assertThat(removed.detail()).isEqualTo(R5.eraLabel());
		assertThat(removed.before()).isEqualTo("90人［確定］");
	}

	@Test
	void aSingleYear_isAuditedExactlyAsSaveValueAuditsIt() {
		kpis.saveValue(kpi, R6, confirmed("100"), null, null, null, "first");
		kpis.saveValue(other, R6, confirmed("100"), null, null, null, "first");

		kpis.saveValue(kpi, R6, confirmed("120"), "注記", "統計", 1, "importer");
		kpis.saveValues(List.of(new ValueWrite(other, R6, confirmed("120"), "注記", "統計", 1)), "importer");

		AuditEntry one = audit.of(AuditSubject.kpi(kpi)).get(0);
		AuditEntry batch = audit.of(AuditSubject.kpi(other)).get(0);
		assertThat(batch).usingRecursiveComparison().ignoringFields("occurredAt", "subject").isEqualTo(one);
		assertThat(batch.before()).isEqualTo("100人［確定］");
	}

	@Test
	void severalYears_areOneEntryPerKpiAndYear_eachAsSaveValueWritesIt() {
		kpis.saveValue(kpi, R6, confirmed("100"), null, null, null, "first");
		int entries = audit.of(AuditSubject.kpi(kpi)).size();

		kpis.saveValues(List.of(new ValueWrite(kpi, R6, confirmed("120"), null, null, null),
				new ValueWrite(kpi, R5, confirmed("90"), "注記", null, null)), "importer");

		List<AuditEntry> trail = audit.of(AuditSubject.kpi(kpi));
		assertThat(trail).hasSize(entries + 2);
		// newest first: the later year was recorded last
		assertThat(trail.subList(0, 2)).extracting(AuditEntry::action).containsOnly(AuditAction.VALUE_SET);
		assertThat(trail.subList(0, 2)).extracting(AuditEntry::actor).containsOnly("importer");
		assertThat(trail.subList(0, 2)).extracting(AuditEntry::detail).containsExactly(R6.eraLabel(), R5.eraLabel());
		assertThat(trail.subList(0, 2)).extracting(AuditEntry::before).containsExactly("100人［確定］", null);
		assertThat(trail.subList(0, 2)).extracting(AuditEntry::after).containsExactly("120人［確定］", "90人［確定］ 注記");
	}

	@Test
	void tenYearsWithLongNotes_areEachAuditedWhole_nothingCut() {
		String note = "注".repeat(900);
		String source = "出".repeat(300);
		List<ValueWrite> years = new java.util.ArrayList<>();
		for (int year = 2015; year <= 2024; year++) {
			years.add(new ValueWrite(kpi, FiscalYear.of(year), confirmed(Integer.toString(year)), note, source, null));
		}
		kpis.saveValues(years, "importer");
		List<ValueWrite> changed = years.stream()
			.map(w -> new ValueWrite(kpi, w.year(), confirmed("1"), note, source, null))
			.toList();

		kpis.saveValues(changed, "importer");

		List<AuditEntry> trail = audit.of(AuditSubject.kpi(kpi));
		assertThat(trail).hasSize(20);
		AuditEntry r6 = trail.get(0);
		assertThat(r6.detail()).isEqualTo(R6.eraLabel());
		assertThat(r6.before()).isEqualTo("2,024人［確定］ " + note + "（出典: " + source + "）");
		assertThat(r6.after()).isEqualTo("1人［確定］ " + note + "（出典: " + source + "）");
		assertThat(trail).extracting(AuditEntry::after).allSatisfy(after -> assertThat(after).endsWith("）"));
	}

	@Test
	void manyKpisAndTheirListings_areAddedInOneGo_theirIdsInTheOrderGiven() {
		String key = UUID.randomUUID().toString().substring(0, 8);
		long node = plans.addNode(new NewPlanNode(plan, null, 1, 1, "1", "基本目標1", null, null, List.of(), null));
		List<NewKpi> added = List.of(
				new NewKpi(plan, "many-1-" + key, "就業者数", Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY,
						new Baseline(new BigDecimal("10.5"), R4), new Target(new BigDecimal("20"), R6), "企画課", "定義"),
				new NewKpi(plan, "many-2-" + key, "空き家数", Unit.of("件"), Direction.DECREASE, Aggregation.STOCK, null,
						null, null, null));

		List<Long> ids = kpis.addAll(added);
		kpis.addListings(
				List.of(new NewListing(node, ids.get(0), 1, false), new NewListing(node, ids.get(1), 2, false)));

		assertThat(ids).hasSize(2).doesNotHaveDuplicates();
		Kpi first = kpis.findById(ids.get(0)).orElseThrow();
		assertThat(first.key()).isEqualTo("many-1-" + key);
		assertThat(first.baseline()).isEqualTo(new Baseline(new BigDecimal("10.5"), R4));
		assertThat(first.target()).isEqualTo(new Target(new BigDecimal("20"), R6));
		assertThat(first.department()).isEqualTo("企画課");
		assertThat(kpis.findById(ids.get(1)).orElseThrow().baseline()).isNull();
		assertThat(kpis.listingsOfPlan(plan)).extracting(KpiListing::kpiId).containsExactlyElementsOf(ids);
	}

}
