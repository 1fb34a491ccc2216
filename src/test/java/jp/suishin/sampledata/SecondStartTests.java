package jp.suishin.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.suishin.SuishinApplication;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.OrganisationRepository;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded file database: created and filled on the first start, kept as the user
 * left it on the second.
 */
class SecondStartTests {

	@TempDir
	Path directory;

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SuishinApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("data/suishin")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@Test
	void theSecondStartKeepsWhatTheUserChanged() {
		long kpiId;
		int organisations;
		try (ConfigurableApplicationContext first = start()) {
			KpiRepository kpis = first.getBean(KpiRepository.class);
			kpiId = kpis.findByKey("sorachi-certified-centers").orElseThrow().id();
			organisations = first.getBean(OrganisationRepository.class).findAll().size();
			RecordingOutcome outcome = first.getBean(RecordingActualValue.class)
				.record(new ValueEntry(kpiId, "R6", "21カ所", "確定", null, "一か所増", null), "planner");
			assertThat(outcome).isInstanceOf(RecordingOutcome.Recorded.class);
		}
		assertThat(Files.exists(directory.resolve("data/suishin.mv.db"))).isTrue();
		try (ConfigurableApplicationContext second = start()) {
			KpiRepository kpis = second.getBean(KpiRepository.class);
			assertThat(kpis.findValue(kpiId, FiscalYear.of(2024)).orElseThrow().note()).isEqualTo("一か所増");
			assertThat(second.getBean(OrganisationRepository.class).findAll()).hasSize(organisations);
		}
	}

}
