package jp.suishin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jp.suishin.organisation.OrganizationKind;

import org.junit.jupiter.api.Test;

class NationalDatasetTests {

	@Test
	void theCountryHasEveryPrefectureAndMunicipalityEachWithAPlan() {
		NationalDataset country = NationalDataset.generate(Size.FULL);
		assertThat(country.organisations()).filteredOn(o -> o.kind() == OrganizationKind.PREFECTURE).hasSize(47);
		assertThat(country.organisations()).filteredOn(o -> o.kind() == OrganizationKind.MUNICIPALITY).hasSize(1741);
		assertThat(country.plans()).hasSize(1788);
		assertThat(country.kpiCount()).isEqualTo(178_800);
		assertThat(country.valueCount()).isBetween(1_700_000L, 1_788_000L);
		NationalDataset.Org hokkaido = country.largestPrefecture();
		long below = country.organisations()
			.stream()
			.filter(o -> o.kind() == OrganizationKind.MUNICIPALITY && o.key().startsWith(hokkaido.key() + "-m"))
			.count();
		assertThat(below).isEqualTo(179);
	}

	@Test
	void theSameSeedMakesTheSameDataset() {
		NationalDataset one = NationalDataset.generate(Size.SMOKE);
		NationalDataset two = NationalDataset.generate(Size.SMOKE);
		assertThat(one.organisations()).isEqualTo(two.organisations());
		assertThat(one.plans().get(7).kpis().get(3).values())
			.containsExactly(two.plans().get(7).kpis().get(3).values());
		assertThat(one.valueCount()).isEqualTo(two.valueCount());
	}

}
