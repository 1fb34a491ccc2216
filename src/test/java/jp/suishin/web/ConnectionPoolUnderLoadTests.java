package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import jp.suishin.OnPostgres;
import jp.suishin.TestAccounts;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * More concurrent requests than the connection pool has connections, on PostgreSQL and a
 * real server: every one is answered. A request that holds a pooled connection while it
 * waits for a second one (a query inside a row mapper, outside a transaction) makes ten
 * such requests wait for each other until the pool gives up; the pool's timeout is set to
 * five seconds here so that such a regression fails in seconds instead of hanging.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.connection-timeout=5000")
@OnPostgres
class ConnectionPoolUnderLoadTests {

	/** Four times the default pool size of ten. */
	static final int CONCURRENT = 40;

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void fortyConcurrentReadsOfPagesAndTheApi_areAllAnswered() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		int poolSize = pool.getMaximumPoolSize();
		assertThat(poolSize).as("the default pool size").isEqualTo(10);
		assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
		Viewer planner = accounts.account("load-planner", "sorachi-bureau", Role.PLANNER);
		String token = tokens.issue(planner.accountId(), "load", "test");
		List<String> paths = new ArrayList<>();
		for (Plan plan : plans.findAll()) {
			paths.add("/plans/" + plan.id() + "/kpi-list");
			paths.add("/api/v1/plans/" + plan.id() + "/kpi-list");
			paths.add("/plans/" + plan.id());
			paths.add("/api/v1/plans/" + plan.id());
			kpis.findByPlan(plan.id()).stream().findFirst().ifPresent(kpi -> {
				paths.add("/kpis/" + kpi.id());
				paths.add("/api/v1/kpis/" + kpi.id());
			});
			paths.add("/");
		}
		assertThat(paths).hasSizeGreaterThan(poolSize);

		URI base = URI.create("http://localhost:" + port);
		ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT);
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.executor(threads)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		try {
			List<String> sent = new ArrayList<>();
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < CONCURRENT; i++) {
				String path = paths.get(i % paths.size());
				HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
					.timeout(Duration.ofSeconds(30));
				// Every other API request is made by a signed-in planner (bearer token).
				if (path.startsWith("/api/") && i % 2 == 0) {
					request.header("Authorization", "Bearer " + token);
				}
				sent.add(path);
				answers.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
			}
			long started = System.nanoTime();
			CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
				.exceptionally(failure -> null)
				.get(60, TimeUnit.SECONDS);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			for (int i = 0; i < CONCURRENT; i++) {
				assertThat(answers.get(i)).as(sent.get(i)).isCompleted().isNotCompletedExceptionally();
				HttpResponse<String> answer = answers.get(i).join();
				assertThat(answer.statusCode())
					.as("%s: %s", sent.get(i), answer.body().substring(0, Math.min(300, answer.body().length())))
					.isEqualTo(200);
			}
			assertThat(took).as("time for %d requests", CONCURRENT).isLessThan(Duration.ofSeconds(30));
		}
		finally {
			threads.shutdownNow();
		}
	}

}
