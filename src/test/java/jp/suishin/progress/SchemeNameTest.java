package jp.suishin.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jp.suishin.refusal.Problem;
import org.junit.jupiter.api.Test;

class SchemeNameTest {

	@Test
	void everyBuiltInScheme_isAName() {
		for (String name : Schemes.BUILT_IN) {
			assertThat(SchemeName.of(name).accepted()).contains(new SchemeName(name));
		}
		assertThat(SchemeName.of(" sabc ").accepted().orElseThrow().scheme().name()).isEqualTo("sabc");
	}

	@Test
	void anotherName_isRejectedListingTheBuiltInOnes() {
		assertThat(SchemeName.of("nope").rejection())
			.contains(Problem.of("scheme.unknown", "nope", String.join(", ", Schemes.BUILT_IN)));
		assertThat(SchemeName.of(null).rejection()).isPresent();
	}

	@Test
	void asAParameter_notGivenIsNoScheme() {
		assertThat(SchemeName.parameter(null).accepted()).contains(Optional.empty());
		assertThat(SchemeName.parameter("").accepted()).contains(Optional.empty());
		assertThat(SchemeName.parameter("ratio").accepted()).contains(Optional.of(new SchemeName("ratio")));
		assertThat(SchemeName.parameter("nope").rejection()).isPresent();
	}

}
