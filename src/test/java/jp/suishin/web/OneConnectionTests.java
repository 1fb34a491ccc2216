package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every read page and API call of every plan and KPI is answered with a pool of a single
 * connection, on the embedded database in every build: a request that queries again while
 * a result is still open (a query inside a row mapper, outside a transaction) cannot get
 * a second connection and fails within the quarter second the pool waits. This is the
 * deterministic half of {@link ConnectionPoolUnderLoadTests}.
 */
@SpringBootTest(properties = { "spring.datasource.url=" + OneConnectionTests.DATABASE,
		"spring.flyway.url=" + OneConnectionTests.DATABASE, "spring.flyway.user=sa",
		"spring.datasource.hikari.maximum-pool-size=1", "spring.datasource.hikari.minimum-idle=1",
		"spring.datasource.hikari.connection-timeout=250" })
@AutoConfigureMockMvc
class OneConnectionTests {

	/** Flyway migrates through a connection of its own, as it needs two. */
	static final String DATABASE = "jdbc:h2:mem:suishin-one-connection;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	CollectionRepository collections;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CollectingValues collecting;

	@Test
	void everyReadIsAnsweredWithOneConnection_forThePublicAndForAPlanner() throws Exception {
		Viewer planner = accounts.account("one-connection-planner", "sorachi-bureau", Role.PLANNER);
		Plan sorachi = plans.findByKey("sorachi-doo-policy-2021").orElseThrow();
		collecting.open(planner, sorachi.id(), "2025", LocalDate.now().plusDays(30).toString());
		List<String> paths = new ArrayList<>(List.of("/", "/organisations", "/api/v1/organisations", "/api/v1/plans"));
		for (Plan plan : plans.findAll()) {
			paths.add("/plans/" + plan.id());
			paths.add("/plans/" + plan.id() + "/kpi-list");
			paths.add("/plans/" + plan.id() + "/kpi-list.csv");
			paths.add("/api/v1/plans/" + plan.id());
			paths.add("/api/v1/plans/" + plan.id() + "/kpi-list");
			for (Kpi kpi : kpis.findByPlan(plan.id())) {
				paths.add("/kpis/" + kpi.id());
				paths.add("/api/v1/kpis/" + kpi.id());
			}
			collections.ofPlan(plan.id()).forEach(c -> paths.add("/collections/" + c.id()));
		}
		for (String path : paths) {
			assertAnswered(get(path), path + " (public)");
			assertAnswered(get(path).with(accounts.as(planner)), path + " (planner)");
		}
		assertAnswered(get("/me").with(accounts.as(planner)), "/me (planner)");
	}

	private void assertAnswered(MockHttpServletRequestBuilder request, String what) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status).as("%s: %s", what, result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isLessThan(500);
	}

}
