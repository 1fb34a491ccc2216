package jp.suishin.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The example KPI sheet of the README imports as it is committed, xlsx and CSV. */
@SpringBootTest(properties = { "suishin.sample-data.enabled=false", "suishin.reminders.cron=-" })
class ExampleWorkbookTests {

	@Autowired
	ImportingPlan importing;

	@Autowired
	OrganisationRepository organisations;

	@ParameterizedTest
	@ValueSource(strings = { "docs/examples/kpi-sheet-example.xlsx", "docs/examples/kpi-sheet-example.csv" })
	void theCommittedExampleImports(String file) throws Exception {
		String key = UUID.randomUUID().toString().substring(0, 8);
		long owner = organisations
			.add(new NewOrganization("example-" + key, "みどり市" + key, OrganizationKind.PREFECTURE, null, null));
		Viewer planner = new Viewer(1L, "planner", "計画担当", false, List.of(new Grant(owner, Role.PLANNER, null)));
		byte[] content = Files.readAllBytes(java.nio.file.Path.of(file));
		ImportingPlan.Request request = new ImportingPlan.Request("example-" + key, null, null,
				java.nio.file.Path.of(file).getFileName().toString(), content, Map.of());

		ImportReport dry = importing.dryRun(planner, request);
		assertThat(dry.problems()).isEmpty();
		assertThat(dry.created().kpis()).isEqualTo(6);
		assertThat(dry.kpis()).filteredOn(ImportReport.KpiPart::relisted)
			.singleElement()
			.satisfies(k -> assertThat(k.name()).isEqualTo("観光入込客数"));
		assertThat(dry.plan().from().value()).isEqualTo(2020);

		ImportReport committed = importing.commit(planner, request);
		assertThat(committed.problems()).isEmpty();
		assertThat(committed.planId()).isNotNull();
		assertThat(importing.commit(planner, request).created()).isEqualTo(ImportReport.Counts.NONE);
	}

}
