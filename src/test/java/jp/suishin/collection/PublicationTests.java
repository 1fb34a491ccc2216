package jp.suishin.collection;

import static jp.suishin.collection.InMemory.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.kpi.Actual;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;

import org.junit.jupiter.api.Test;

/**
 * What outsiders see of a collected year: a value once it is fixed (approved, or the year
 * locked), nothing before; years never collected are public as they are.
 */
class PublicationTests {

	static final FiscalYear R8 = FiscalYear.of(2026);

	final InMemory memory = new InMemory();

	final Publication publication = new Publication(memory.collections, memory.plans, memory.kpis, memory.access);

	@Test
	void aKpiWithoutAnItemInACollectedYear_isWithheldFromOutsidersUntilTheYearIsLocked() {
		Kpi collected = memory.kpi(1, null);
		Kpi addedLater = memory.kpi(2, null);
		long collection = memory.collections.open(PLAN, R8, LocalDate.of(2026, 6, 30), List.of(collected.id()),
				"planner");
		store(collected, "10");
		store(addedLater, "20");
		assertThat(publicly()).isEmpty();
		assertThat(working()).hasSize(2);

		memory.collections.moveItem(collection, collected.id(), ItemState.OPEN, ItemState.APPROVED, null, "planner");
		assertThat(publicly()).extracting(YearlyValue::kpiId).containsExactly(collected.id());

		memory.collections.setState(collection, CollectionState.LOCKED);
		assertThat(publicly()).extracting(YearlyValue::kpiId)
			.containsExactlyInAnyOrder(collected.id(), addedLater.id());
	}

	@Test
	void aYearNeverCollected_isPublic() {
		Kpi kpi = memory.kpi(1, null);
		store(kpi, "10");
		assertThat(publicly()).hasSize(1);
	}

	private void store(Kpi kpi, String amount) {
		memory.kpis.saveValue(kpi.id(), R8, new Actual.Confirmed(new BigDecimal(amount), false), null, null, 0,
				"planner");
	}

	private List<YearlyValue> publicly() {
		return publication.ofPlan(Viewer.PUBLIC, PLAN).values(memory.kpis.valuesOfPlan(PLAN));
	}

	private List<YearlyValue> working() {
		return publication.ofPlan(InMemory.planner(), PLAN).values(memory.kpis.valuesOfPlan(PLAN));
	}

}
