package jp.suishin.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.kpi.KpiRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The links' storage and its one-statement walks over the links (the recursive queries),
 * on sample KPIs of four plans: on the embedded database and on PostgreSQL. Each test
 * removes the links it made.
 */
abstract class KpiLinksStorageContract {

	@Autowired
	KpiLinks links;

	@Autowired
	KpiRepository kpis;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeWhatWasMade() {
		made.forEach(links::remove);
		made.clear();
	}

	long kpi(String key) {
		return kpis.findByKey(key).orElseThrow().id();
	}

	long link(String from, String to, LinkKind kind) {
		long id = links.add(kpi(from), kpi(to), kind, "storage-test");
		made.add(id);
		return id;
	}

	@Test
	void theWalks_followContributionsUpwards_andSameIndicatorsEitherWay() {
		long sns = kpi("sorachi-sns-followers");
		long tourists = kpi("sorachi-tourist-visitors");
		long migration = kpi("sorachi-migration-consultations");
		long tantekko = kpi("sorachi-tantekko-visitors");
		link("sorachi-sns-followers", "sorachi-tourist-visitors", LinkKind.CONTRIBUTES_TO);
		link("sorachi-tourist-visitors", "sorachi-migration-consultations", LinkKind.CONTRIBUTES_TO);
		link("sorachi-tantekko-visitors", "sorachi-migration-consultations", LinkKind.SAME_INDICATOR);

		assertThat(links.contributesUpTo(sns)).containsExactlyInAnyOrder(tourists, migration);
		assertThat(links.contributesUpTo(migration)).isEmpty();
		// the same indicator from either end, with what contributes to any of them
		assertThat(links.indicatorOf(tantekko)).containsExactlyInAnyOrder(tantekko, migration, tourists);
		assertThat(links.indicatorOf(migration)).containsExactlyInAnyOrder(tantekko, migration, tourists);
		assertThat(links.indicatorOf(sns)).containsExactly(sns);
		assertThat(links.contributorsOf(List.of(migration))).extracting(KpiLink::kpiId).containsExactly(tourists);
		assertThat(links.ofKpi(tourists)).hasSize(2);
		assertThat(links.ofKpis(List.of(sns, tantekko))).hasSize(2);
	}

	@Test
	void aComputation_isSavedReplacedAndRemoved() {
		long migration = kpi("sorachi-migration-consultations");
		long tourists = kpi("sorachi-tourist-visitors");
		try {
			links.saveComputation(migration, ComputationMethod.SUM, null, "storage-test");
			assertThat(links.computation(migration)).get()
				.extracting(Computation::method)
				.isEqualTo(ComputationMethod.SUM);
			links.saveComputation(migration, ComputationMethod.WEIGHTED_MEAN, tourists, "storage-test");
			assertThat(links.computations(List.of(migration, tourists))).containsOnlyKeys(migration);
			assertThat(links.computation(migration).orElseThrow().weightKpiId()).isEqualTo(tourists);
		}
		finally {
			assertThat(links.removeComputation(migration)).isTrue();
		}
		assertThat(links.computation(migration)).isEmpty();
	}

}
