package jp.suishin.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.testing.InMemoryKpis;

import org.junit.jupiter.api.Test;

/**
 * Many values at once: every entry held to the rules of {@link RecordingActualValue}, all
 * or nothing, every problem named by entry and field.
 */
class ImportingValuesTest {

	static final long PLAN = 10;

	final InMemoryKpis kpis = new InMemoryKpis();

	final List<Long> periodLookups = new ArrayList<>();

	final RecordingActualValue.PlanPeriods periods = planId -> {
		periodLookups.add(planId);
		return new FiscalPeriod(FiscalYear.of(2020), FiscalYear.of(2024));
	};

	final ImportingValues importing = new ImportingValues(kpis, periods);

	final RecordingActualValue recording = new RecordingActualValue(kpis, periods);

	final Kpi area = kpis.put(new Kpi(1, PLAN, "area", "農地面積", Unit.of("ha"), Direction.INCREASE, Aggregation.STOCK,
			null, null, null, null, null));

	final Kpi people = kpis.put(new Kpi(2, PLAN, "people", "移住者数", Unit.of("人"), Direction.INCREASE, Aggregation.YEARLY,
			null, null, null, null, null));

	static ValueEntry entry(long kpi, String year, String value) {
		return new ValueEntry(kpi, year, value, null, null, null, null);
	}

	@Test
	void goodEntries_areAllStored_andThePlanPeriodIsLookedUpOncePerPlan() {
		ImportingValues.Outcome outcome = importing.importAll(
				List.of(entry(1, "R5", "113,500ha"), entry(1, "2024", "113,600ha"), entry(2, "令和6年度", "集計中（7月頃）")),
				"importer");

		assertThat(outcome).isEqualTo(new ImportingValues.Outcome.Stored(3));
		assertThat(kpis.values(1)).extracting(YearlyValue::year)
			.containsExactly(FiscalYear.of(2023), FiscalYear.of(2024));
		assertThat(kpis.values(2)).singleElement().extracting(YearlyValue::actual).isEqualTo(new Actual.Pending(7));
		assertThat(periodLookups).containsExactly(PLAN);
	}

	@Test
	void oneBadEntry_storesNothing_andEveryProblemIsNamedByEntryAndField() {
		ImportingValues.Outcome outcome = importing.importAll(
				List.of(entry(1, "R5", "113,500ha"), entry(1, "2030", "1ha"), entry(2, "R6", "三人"), entry(2, "R5", "")),
				"importer");

		assertThat(outcome).isInstanceOf(ImportingValues.Outcome.Refused.class);
		List<ImportingValues.EntryProblem> problems = ((ImportingValues.Outcome.Refused) outcome).problems();
		assertThat(problems).extracting(p -> p.index() + " " + p.problem().field())
			.containsExactly("1 year", "2 value", "3 value");
		assertThat(problems.get(2).problem().problem().messageKey()).isEqualTo("kpi.value.required");
		assertThat(kpis.storedValues()).isEmpty();
	}

	@Test
	void anEntry_isRefusedForExactlyWhatRecordingOneRefusesItFor() {
		ValueEntry bad = new ValueEntry(1, "2019", "12ha", "集計中", "13", "備".repeat(2001), "出".repeat(501), null);

		List<FieldProblem> alone = ((RecordingOutcome.Rejected) recording.record(bad, "someone")).problems();
		ImportingValues.Outcome many = importing.importAll(List.of(bad), "importer");

		assertThat(((ImportingValues.Outcome.Refused) many).problems())
			.extracting(ImportingValues.EntryProblem::problem)
			.containsExactlyElementsOf(alone);
	}

	@Test
	void aYearGivenTwice_isRefused() {
		ImportingValues.Outcome outcome = importing.importAll(List.of(entry(1, "R5", "1ha"), entry(1, "2023", "2ha")),
				"importer");

		assertThat(((ImportingValues.Outcome.Refused) outcome).problems()).singleElement().satisfies(p -> {
			assertThat(p.index()).isEqualTo(1);
			assertThat(p.problem().problem().messageKey()).isEqualTo("kpi.value.duplicate");
		});
		assertThat(kpis.storedValues()).isEmpty();
	}

	@Test
	void aStaleVersion_refusesTheBatch_namingTheCurrentValue() {
		kpis.saveValue(1, FiscalYear.of(2024), new Actual.Confirmed(new java.math.BigDecimal("5"), false), null, null,
				null, "other");

		ImportingValues.Outcome outcome = importing.importAll(
				List.of(entry(2, "R6", "3人"), new ValueEntry(1, "R6", "6ha", null, null, null, null, 0)), "importer");

		assertThat(((ImportingValues.Outcome.Refused) outcome).problems()).singleElement().satisfies(p -> {
			assertThat(p.index()).isEqualTo(1);
			assertThat(p.problem().problem().messageKey()).isEqualTo("kpi.value.conflict");
		});
		assertThat(kpis.values(2)).isEmpty();
	}

	@Test
	void aDash_removesTheYearsValue() {
		kpis.saveValue(1, FiscalYear.of(2024), new Actual.Confirmed(new java.math.BigDecimal("5"), false), null, null,
				null, "other");

		assertThat(importing.importAll(List.of(entry(1, "R6", "－")), "importer"))
			.isEqualTo(new ImportingValues.Outcome.Stored(1));
		assertThat(kpis.values(1)).isEmpty();
	}

}
