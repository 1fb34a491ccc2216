package jp.suishin.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.edition.Edition;
import jp.suishin.edition.PublishingEdition;
import jp.suishin.kpi.Baseline;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.NewKpi;
import jp.suishin.kpi.Target;
import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.BaselinePolicy;
import jp.suishin.plan.NewPlan;
import jp.suishin.plan.NewPlanNode;
import jp.suishin.plan.PlanRepository;
import jp.suishin.progress.Schemes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * W5 web: pages under concurrent load on loopback with wrk (20 connections, bounded in
 * requests and time) against PostgreSQL holding the national dataset plus a 200-KPI plan:
 * the plan's KPI list page and its API, the public plan list, a signed-in department
 * editor's マイページ, and the public page of the plan's published edition. The baseline is a
 * handler of the same app (registered only when this bench starts it) answering the same
 * bytes, pre-rendered, through the same filters and the same session.
 */
final class WebWorkload implements Workload {

	static final int CONNECTIONS = 20;

	static final String BASELINE = "/bench/baseline/";

	private static final String PLAN_KEY = "bench-w5-plan";

	private static final int KPIS = 200;

	private static final int DEPARTMENT_KPIS = 20;

	@Override
	public String id() {
		return "W5";
	}

	/** A page, who asks for it (a cookie or none) and what it must show. */
	record Page(String name, String path, String cookie, String expectWhat, int expected,
			java.util.function.ToIntFunction<String> count) {
	}

	@Override
	public List<Row> run(BenchContext context) throws Exception {
		String schema = context.nationalSchema();
		Map<String, Baseline200> bodies = new ConcurrentHashMap<>();
		// the start page lists the prefectures first above this many plans (the country
		// has
		// 1,789): at the smoke size too, so that the smoke run takes the same path
		ConfigurableApplicationContext app = context.application(schema, true, List.of(baseline(bodies)),
				"suishin.plan-list.grouped-above=" + (context.smoke() ? 20 : 100));
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		String base = "http://127.0.0.1:" + port;
		BenchPlan added = addPlan(context, schema, app);
		long planId = added.planId();
		String cookie = signIn(base, "bench-w5-editor");
		int plans = app.getBean(PlanRepository.class).findAll().size();
		NationalDataset national = context.national();
		long largest = app.getBean(OrganisationRepository.class)
			.findByKey(national.largestPrefecture().key())
			.orElseThrow()
			.id();
		int plansBelowLargest = 1 + context.size().largestPrefecture() + 1;

		List<Page> pages = List.of(
				new Page("KPI list page, " + KPIS + " KPIs", "/plans/" + planId + "/kpi-list", null, "KPI rows", KPIS,
						body -> occurrences(body, "data-kpi-key=")),
				new Page("KPI list API, " + KPIS + " KPIs", "/api/v1/plans/" + planId + "/kpi-list", null, "KPI rows",
						KPIS, WebWorkload::jsonRows),
				new Page("public plan list, " + plans + " plans by prefecture", "/", null, "prefectures listed",
						context.size().prefectures(), body -> occurrences(body, "data-group=")),
				new Page("public plan list of the largest prefecture, " + plansBelowLargest + " plans",
						"/?group=" + largest, null, "plans listed", plansBelowLargest,
						body -> occurrences(body, "data-plan-key=")),
				new Page("department editor's マイページ", "/me", cookie, "KPIs to enter", DEPARTMENT_KPIS,
						body -> occurrences(body, "data-kpi=")),
				// the edition's KPI rows: each under its project and again in the KPI
				// list
				new Page("public edition page, " + KPIS + " KPIs", "/editions/" + added.editionId(), null, "KPI rows",
						2 * KPIS, body -> occurrences(body, "data-kpi=")));

		HttpClient client = HttpClient.newHttpClient();
		for (Page page : pages) {
			HttpResponse<byte[]> response = client.send(request(base + page.path(), page.cookie()),
					HttpResponse.BodyHandlers.ofByteArray());
			Disagreement.check(id(), page.name() + ": status", response.statusCode(), 200);
			String body = new String(response.body(), StandardCharsets.UTF_8);
			Disagreement.check(id(), page.name() + ": " + page.expectWhat(), page.count().applyAsInt(body),
					page.expected());
			String type = response.headers().firstValue("Content-Type").orElse("text/html;charset=UTF-8");
			bodies.put(slug(page), new Baseline200(response.body(), type));
			HttpResponse<byte[]> same = client.send(request(base + BASELINE + slug(page), page.cookie()),
					HttpResponse.BodyHandlers.ofByteArray());
			Disagreement.check(id(), page.name() + ": baseline size", same.body().length, response.body().length);
		}

		// -Dsuishin.bench.web.hold=600 keeps the app up that long for a look by hand
		int hold = Integer.getInteger("suishin.bench.web.hold", 0);
		if (hold > 0) {
			pages.forEach(page -> System.out.println(
					"W5 hold: " + base + page.path() + (page.cookie() == null ? "" : " Cookie: " + page.cookie())));
			Thread.sleep(hold * 1000L);
		}
		Path script = Files.createTempFile("suishin-wrk", ".lua");
		Files.writeString(script, SCRIPT);
		boolean smoke = context.smoke();
		// -Dsuishin.bench.web.seconds=60 runs each page longer (to profile it with JFR)
		int seconds = Integer.getInteger("suishin.bench.web.seconds", smoke ? 2 : 15);
		int limit = smoke ? 5_000 : 100_000;
		List<Row> rows = new ArrayList<>();
		try {
			for (Page page : pages) {
				// warm up both (the JIT, the pool, the caches), then measure each
				wrk(script, base + page.path(), page.cookie(), smoke ? 2 : 5, limit);
				wrk(script, base + BASELINE + slug(page), page.cookie(), smoke ? 1 : 3, limit);
				Wrk suishin = wrk(script, base + page.path(), page.cookie(), seconds, limit);
				Wrk baseline = wrk(script, base + BASELINE + slug(page), page.cookie(), seconds, limit);
				String size = String.format(Locale.ROOT, "%.0f kB", bodies.get(slug(page)).body().length / 1024.0);
				rows.add(Row.throughput("W5 web: " + page.name(), suishin.perSecond(), baseline.perSecond(), "req/s",
						0.5, size + ", " + CONNECTIONS + " connections, " + suishin.requests() + " requests in "
								+ String.format(Locale.ROOT, "%.1f s", suishin.seconds())));
				// a page that answered nothing within the run has no p99 to meet the goal
				// with
				boolean met = suishin.requests() > 0 && suishin.p99() < 100 && suishin.errors() == 0
						&& baseline.errors() == 0;
				rows.add(new Row("W5 web: " + page.name() + ", p99 and errors",
						suishin.requests() == 0 ? "no answer within " + seconds + " s"
								: "p99 " + Row.figure(suishin.p99(), "ms") + ", " + suishin.errors() + " errors",
						"p99 " + Row.figure(baseline.p99(), "ms") + ", " + baseline.errors() + " errors", "",
						"p99 < 100 ms, 0 errors", Verdict.of(met), "median " + Row.figure(suishin.p50(), "ms")
								+ " (baseline " + Row.figure(baseline.p50(), "ms") + ")"));
			}
		}
		finally {
			Files.deleteIfExists(script);
		}
		return rows;
	}

	record Baseline200(byte[] body, String type) {
	}

	private static String slug(Page page) {
		return page.path().replaceAll("[^a-z0-9]+", "-");
	}

	/** The pre-rendered pages, answered by a handler only this bench registers. */
	private static ApplicationContextInitializer<ConfigurableApplicationContext> baseline(
			Map<String, Baseline200> bodies) {
		return context -> ((GenericApplicationContext) context).registerBean("benchBaselinePages", RouterFunction.class,
				() -> RouterFunctions.route().GET(BASELINE + "{page}", request -> {
					Baseline200 page = bodies.get(request.pathVariable("page"));
					return page == null ? ServerResponse.notFound().build()
							: ServerResponse.ok().contentType(MediaType.parseMediaType(page.type())).body(page.body());
				}).build());
	}

	/** The plan W5 reads and the edition of its year before the last. */
	record BenchPlan(long planId, long editionId) {
	}

	/**
	 * A plan of 200 KPIs at the largest prefecture with ten years of values, a department
	 * entering 20 of them, a collection of the last year open for it, its editor, and the
	 * year before the last published as an edition (a year not collected in the app).
	 */
	private static BenchPlan addPlan(BenchContext context, String schema, ConfigurableApplicationContext app)
			throws Exception {
		PlanRepository plans = app.getBean(PlanRepository.class);
		KpiRepository kpis = app.getBean(KpiRepository.class);
		TestAccounts accounts = app.getBean(TestAccounts.class);
		Size size = context.size();
		String owner = context.national().largestPrefecture().key();
		long ownerId = app.getBean(OrganisationRepository.class).findByKey(owner).orElseThrow().id();
		long planId = plans.add(new NewPlan(PLAN_KEY, "200指標の総合戦略", ownerId,
				new FiscalPeriod(FiscalYear.of(size.firstYear()), FiscalYear.of(size.lastYear())), List.of("基本目標"),
				null, null, null, Schemes.DEFAULT, BaselinePolicy.REVISED));
		Department department = accounts.department(owner, "ベンチ企画課");
		SplittableRandom random = new SplittableRandom(size.seed() + 5);
		List<NationalDataset.GeneratedKpi> generated = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		int position = 1;
		for (int node = 1; node <= 4; node++) {
			long nodeId = plans.addNode(new NewPlanNode(planId, null, 1, node, String.valueOf(node), "基本目標" + node,
					null, null, List.of(), null));
			for (int k = 1; k <= KPIS / 4; k++, position++) {
				NationalDataset.GeneratedKpi kpi = NationalDataset.kpi(random, size, PLAN_KEY + "-k" + position,
						"指標" + position);
				long kpiId = kpis.add(new NewKpi(planId, kpi.key(), kpi.name(), Unit.of(kpi.unit()), kpi.direction(),
						kpi.aggregation(), new Baseline(kpi.baseline(), FiscalYear.of(kpi.baselineYear())),
						new Target(kpi.target(), FiscalYear.of(kpi.targetYear())), null, null));
				kpis.addListing(nodeId, kpiId, k, false);
				if (position <= DEPARTMENT_KPIS) {
					kpis.assignDepartment(kpiId, department.id());
				}
				generated.add(kpi);
				ids.add(kpiId);
			}
		}
		try (Connection connection = context.connect(schema); PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO yearly_value (kpi_id, fiscal_year, status, amount, amount_scale, approximate, version,
				                          updated_at, updated_by)
				VALUES (?, ?, 'CONFIRMED', ?, ?, FALSE, 1, ?, 'bench')""")) {
			for (int i = 0; i < generated.size(); i++) {
				java.math.BigDecimal[] values = generated.get(i).values();
				for (int y = 0; y < values.length; y++) {
					if (values[y] == null) {
						continue;
					}
					insert.setLong(1, ids.get(i));
					insert.setInt(2, size.firstYear() + y);
					insert.setBigDecimal(3, values[y]);
					insert.setInt(4, values[y].scale());
					insert.setTimestamp(5, Timestamp.from(Instant.now()));
					insert.addBatch();
				}
			}
			insert.executeBatch();
			// fresh statistics, as autovacuum would gather them after a load this size:
			// without,
			// PostgreSQL plans the first queries on 1.7 million values as if the tables
			// were empty
			try (java.sql.Statement analyze = connection.createStatement()) {
				analyze.execute("ANALYZE");
			}
		}
		Viewer planner = accounts.account("bench-w5-planner", owner, Role.PLANNER);
		CollectingValues.Opening opening = app.getBean(CollectingValues.class)
			.open(planner, planId, String.valueOf(size.lastYear()), LocalDate.now().plusDays(30).toString());
		if (!opening.problems().isEmpty()) {
			throw new IllegalStateException("W5: the collection did not open: " + opening.problems());
		}
		accounts.editor("bench-w5-editor", owner, department.name());
		Edition edition = app.getBean(PublishingEdition.class)
			.publish(planner, planId, FiscalYear.of(size.lastYear() - 1), null, LocalDate.now());
		return new BenchPlan(planId, edition.id());
	}

	/** Signs in through the form, as a browser does; the session cookie it was given. */
	private static String signIn(String base, String login) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String form = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"").matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("W5: no CSRF token on the sign-in page");
		}
		String fields = "username=" + login + "&password=" + encode(TestAccounts.PASSWORD) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(fields))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || !location.endsWith("/me")) {
			throw new IllegalStateException("W5: signing in failed: " + signedIn.statusCode() + " " + location);
		}
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static HttpRequest request(String url, String cookie) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
		if (cookie != null) {
			builder.header("Cookie", cookie);
		}
		return builder.build();
	}

	static int occurrences(String text, String what) {
		int count = 0;
		for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
			count++;
		}
		return count;
	}

	private static int jsonRows(String body) {
		JsonNode tree = new ObjectMapper().readTree(body);
		return tree.get("rows").size();
	}

	/** What wrk measured. */
	record Wrk(long requests, double seconds, double p50, double p99, long errors) {

		double perSecond() {
			return requests / seconds;
		}

	}

	/**
	 * Counts the answers that were not 2xx (wrk's own count leaves out 3xx), stops each
	 * thread after its share of the requests, and prints the figures on lines of its own.
	 */
	static final String SCRIPT = """
			local threads = {}
			function setup(thread) table.insert(threads, thread) end
			function init(args) limit = tonumber(args[1]); count = 0; bad = 0 end
			function response(status, headers, body)
			  count = count + 1
			  if status < 200 or status > 299 then bad = bad + 1 end
			  if count >= limit then wrk.thread:stop() end
			end
			function done(summary, latency, requests)
			  local notok = 0
			  for _, t in ipairs(threads) do notok = notok + t:get("bad") end
			  local e = summary.errors
			  io.write(string.format("BENCH %d %d %d %d %d\\n", summary.requests, summary.duration,
			    latency:percentile(50), latency:percentile(99),
			    notok + e.connect + e.read + e.write + e.timeout))
			end
			""";

	static Wrk wrk(Path script, String url, String cookie, int seconds, int limit) throws Exception {
		int threads = 2;
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + CONNECTIONS, "-d" + seconds + "s",
				"--timeout", "5s", "-s", script.toString()));
		if (cookie != null) {
			command.add("-H");
			command.add("Cookie: " + cookie);
		}
		command.add(url);
		command.add("--");
		command.add(String.valueOf(Math.max(1, limit / threads)));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		Matcher figures = Pattern.compile("BENCH (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)").matcher(output);
		if (!figures.find()) {
			throw new IllegalStateException("wrk printed no figures: " + output);
		}
		return new Wrk(Long.parseLong(figures.group(1)), Long.parseLong(figures.group(2)) / 1e6,
				Long.parseLong(figures.group(3)) / 1e3, Long.parseLong(figures.group(4)) / 1e3,
				Long.parseLong(figures.group(5)));
	}

}
