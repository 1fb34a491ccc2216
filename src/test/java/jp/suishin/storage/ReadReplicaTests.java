package jp.suishin.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.zaxxer.hikari.HikariDataSource;

import jp.suishin.OnPostgres;
import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * With {@code suishin.read-replica.url} set, the public's page views read from the
 * replica, and nothing else does: signed-in pages and every write stay on the primary,
 * and a public page still gets its session (written on the primary). Here the "replica"
 * is the same PostgreSQL schema through a read-only pool, so any write that went to it
 * would fail.
 */
@SpringBootTest(properties = "suishin.read-replica.url=${spring.datasource.url}")
@AutoConfigureMockMvc
@OnPostgres
class ReadReplicaTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("readReplicaDataSource")
	HikariDataSource replica;

	@Test
	void thePublicReadsFromTheReplica_signedInPagesAndWritesFromThePrimary() {
		assertThat(replica.isReadOnly()).isTrue();
		Viewer planner = accounts.account("replica-planner", "sorachi-bureau", Role.PLANNER);
		long plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		long kpi = kpis.findByPlan(plan).get(0).id();

		assertThat(mvc.get().uri("/me").with(accounts.as(planner)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/plans/{id}/kpi-list", plan).with(accounts.as(planner)).exchange()).hasStatusOk();
		assertThat(mvc.post()
			.uri("/kpis/{id}/values", kpi)
			.with(accounts.as(planner))
			.with(csrf())
			.param("year", "R7")
			.param("value", "12")
			.exchange()).hasStatus3xxRedirection();
		assertThat(replica.getHikariPoolMXBean()).as("the replica's pool has not been asked for a connection").isNull();

		assertThat(mvc.get().uri("/plans/{id}/kpi-list", plan).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/kpis/{id}", kpi).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/plans").exchange()).hasStatusOk();
		assertThat(replica.getHikariPoolMXBean()).as("the public's reads went to the replica").isNotNull();
		assertThat(replica.getHikariPoolMXBean().getTotalConnections()).isPositive();

		MvcTestResult login = mvc.get().uri("/login").exchange();
		assertThat(login).hasStatusOk();
		assertThat(login.getMvcResult().getResponse().getCookie("JSESSIONID"))
			.as("the public page's session, written on the primary")
			.isNotNull();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Integer.class).single()).isPositive();
	}

}
