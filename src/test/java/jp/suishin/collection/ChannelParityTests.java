package jp.suishin.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.cli.EvaluateCommand;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.ValueNotation;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Problem;
import jp.suishin.refusal.web.ProblemMessages;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The same bad or forbidden input through every channel that takes values: the KPI page's
 * form, the write API, the department's sheet upload and, for what it reads, the
 * {@code evaluate} command. Each says the same thing (the text of the same problem) and
 * stores nothing: the value and the audit trail of the KPI stay as they were.
 */
@SpringBootTest(properties = "suishin.test.context=parity")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelParityTests {

	static final FiscalYear YEAR = FiscalYear.of(2026);

	static final Locale JAPANESE = Locale.JAPANESE;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CollectingValues collecting;

	@Autowired
	ValueEntryGate gate;

	@Autowired
	KpiRepository kpis;

	@Autowired
	PlanRepository plans;

	@Autowired
	AuditTrail audit;

	@Autowired
	ProblemMessages messages;

	@TempDir
	Path directory;

	Viewer planner;

	Viewer farming;

	Plan plan;

	long collection;

	/** The farming department's KPI, with no value of the year yet. */
	Kpi mine;

	/** Another department's KPI. */
	Kpi theirs;

	/** The farming department's KPI whose value of the year is approved. */
	Kpi approved;

	@BeforeAll
	void collectTheYear() {
		planner = accounts.account("cp-planner", "sorachi-bureau", Role.PLANNER);
		farming = accounts.editor("cp-farming", "sorachi-bureau", "農務課");
		plan = plans.findByKey("sorachi-doo-policy-2025").orElseThrow();
		List<Kpi> planKpis = kpis.findByPlan(plan.id());
		collection = collecting.open(planner, plan.id(), "2026", LocalDate.now().plusDays(30).toString())
			.collectionId();
		long farmingId = accounts.department("sorachi-bureau", "農務課").id();
		mine = assigned(planKpis.get(0), farmingId);
		theirs = assigned(planKpis.get(1), accounts.department("sorachi-bureau", "地域政策課").id());
		approved = assigned(planKpis.get(2), farmingId);
		gate.enter(farming, new ValueEntry(approved.id(), "2026", "10", "確定", null, null, null, 0));
		collecting.submit(farming, collection, approved.id());
		collecting.approve(planner, collection, approved.id());
	}

	private Kpi assigned(Kpi kpi, long departmentId) {
		collecting.assign(planner, kpi.id(), departmentId);
		return kpis.findById(kpi.id()).orElseThrow();
	}

	@Test
	void anUnreadableValue_saysTheSameEverywhere_andStoresNothing() throws IOException {
		Problem problem = ((ParsedValue.Invalid) ValueNotation.parse("abc", mine.unit())).problem();
		String expected = messages.text(problem, JAPANESE);
		Stored before = stored(mine);

		MvcTestResult page = pageEntry(farming, mine, "2026", "abc");
		assertThat(page).hasStatus(422);
		assertThat(body(page)).contains(expected);

		MvcTestResult api = apiEntry(farming, mine, "2026", "abc");
		assertThat(api).hasStatus(422);
		assertThat(errorMessages(api)).singleElement().asString().contains(expected);

		assertThat(uploadProblems(farming, mine, "abc")).singleElement().asString().contains(expected);

		Path table = Files.writeString(directory.resolve("table.csv"),
				"評価指標,単位,R8\n" + mine.name() + "," + mine.unit().text() + ",abc\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = EvaluateCommand.run(List.of("--year", "2026", table.toString()),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).isEqualTo(EvaluateCommand.MALFORMED);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(expected);

		assertThat(stored(mine)).isEqualTo(before);
	}

	/**
	 * A year outside the plan period, as a value's year on the page and the API, and as
	 * the year of a collection opened on the page and the API. (An upload reads only the
	 * open collection's year, which lies in the period; the command has no plan period.)
	 */
	@Test
	void aYearOutsideThePlanPeriod_saysTheSameEverywhere_andStoresNothing() {
		Problem problem = plan.period().admit("2040").rejection().orElseThrow();
		String expected = messages.text(problem, JAPANESE);
		Stored before = stored(mine);

		MvcTestResult page = pageEntry(farming, mine, "2040", "1");
		assertThat(page).hasStatus(422);
		assertThat(body(page)).contains(expected);

		MvcTestResult api = apiEntry(farming, mine, "2040", "1");
		assertThat(api).hasStatus(422);
		assertThat(errorMessages(api)).singleElement().asString().contains(expected);

		MvcTestResult opening = mvc.post()
			.uri("/plans/{id}/collections", plan.id())
			.param("year", "2040")
			.param("deadline", LocalDate.now().plusDays(30).toString())
			.with(accounts.as(planner))
			.with(csrf())
			.exchange();
		assertThat(opening).hasStatus3xxRedirection();
		@SuppressWarnings("unchecked")
		Map<String, String> openErrors = (Map<String, String>) opening.getMvcResult().getFlashMap().get("openErrors");
		assertThat(openErrors.get("year")).contains(expected);

		MvcTestResult apiOpening = mvc.post()
			.uri("/api/v1/plans/{id}/collections", plan.id())
			.with(accounts.as(planner))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fiscalYear\":\"2040\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\"}")
			.exchange();
		assertThat(apiOpening).hasStatus(422);
		assertThat(errorMessages(apiOpening)).singleElement().asString().contains(expected);

		assertThat(stored(mine)).isEqualTo(before);
		assertThat(collecting.open(planner, plan.id(), "2040", "2099-01-01").problems()).containsOnlyKeys("year");
	}

	/**
	 * Another department's KPI: the page and the API refuse alike (403); an upload leaves
	 * the row alone as not the uploader's, by design (a department keeps the whole list
	 * in its sheet). Nothing is stored either way.
	 */
	@Test
	void anotherDepartmentsValue_isRefusedAlike_andNothingIsStored() {
		Stored before = stored(theirs);

		assertThat(pageEntry(farming, theirs, "2026", "5")).hasStatus(403);
		assertThat(apiEntry(farming, theirs, "2026", "5")).hasStatus(403);
		MvcTestResult upload = upload(farming, theirs, "5");
		assertThat(upload).hasStatus3xxRedirection().flash().containsKey("saved");
		assertThat((String) upload.getMvcResult().getFlashMap().get("saved"))
			.isEqualTo(messages.text("upload.stored", JAPANESE, 0, 0, 1));

		assertThat(stored(theirs)).isEqualTo(before);
	}

	@Test
	void anApprovedValue_isRefusedWithTheSameReasonEverywhere_andNothingIsStored() {
		String expected = messages.text(Problem.of("collection.value.locked", YEAR.eraLabel()), JAPANESE);
		Stored before = stored(approved);

		MvcTestResult page = pageEntry(farming, approved, "2026", "11");
		assertThat(page).hasStatus(422);
		assertThat(body(page)).contains(expected);

		MvcTestResult api = apiEntry(farming, approved, "2026", "11");
		assertThat(api).hasStatus(409);
		assertThat(errorMessages(api)).containsExactly(expected);
		assertThat(apiEntry(planner, approved, "2026", "11")).hasStatus(409);

		assertThat(uploadProblems(farming, approved, "11")).singleElement().asString().contains(expected);
		assertThat(uploadProblems(planner, approved, "11")).singleElement().asString().contains(expected);

		assertThat(stored(approved)).isEqualTo(before);
	}

	/**
	 * The pages offer a form only where the rule that the entry asks allows it: the KPI
	 * page's edit link per year ({@link Collection#valueChange}), the collection page's
	 * steps per item ({@link Collection#submit}, {@link Collection#reopen}).
	 */
	@Test
	void thePagesOfferOnlyWhatTheCollectionAllows() {
		String approvedPage = body(mvc.get().uri("/kpis/{id}", approved.id()).with(accounts.as(farming)).exchange());
		assertThat(approvedPage).doesNotContain("data-edit-year=");
		String plannersView = body(mvc.get().uri("/kpis/{id}", approved.id()).with(accounts.as(planner)).exchange());
		assertThat(plannersView).doesNotContain("data-edit-year=\"2026\"").contains("data-edit-year=\"2025\"");
		String minePage = body(mvc.get().uri("/kpis/{id}", mine.id()).with(accounts.as(farming)).exchange());
		assertThat(minePage).contains("data-edit-year=\"2026\"").doesNotContain("data-edit-year=\"2025\"");

		String page = body(mvc.get().uri("/collections/{id}", collection).with(accounts.as(planner)).exchange());
		assertThat(row(page, approved)).contains("reopen-form").doesNotContain("submit-form", "approve-form");
		// No value entered yet: nothing to submit.
		assertThat(row(page, mine)).doesNotContain("submit-form", "approve-form", "reopen-form");
	}

	/** The collection page's row of a KPI. */
	private static String row(String page, Kpi kpi) {
		int start = page.indexOf("data-kpi=\"" + kpi.id() + "\"");
		assertThat(start).as("row of KPI %d", kpi.id()).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	/** A KPI's value of the year and the length of its audit trail. */
	record Stored(YearlyValue value, int auditEntries) {
	}

	private Stored stored(Kpi kpi) {
		return new Stored(kpis.findValue(kpi.id(), YEAR).orElse(null), audit.of(AuditSubject.kpi(kpi.id())).size());
	}

	private MvcTestResult pageEntry(Viewer viewer, Kpi kpi, String year, String value) {
		return mvc.post()
			.uri("/kpis/{id}/values", kpi.id())
			.param("year", year)
			.param("value", value)
			.param("status", "CONFIRMED")
			.with(accounts.as(viewer))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult apiEntry(Viewer viewer, Kpi kpi, String year, String value) {
		return mvc.put()
			.uri("/api/v1/kpis/{id}/values/{year}", kpi.id(), year)
			.with(accounts.as(viewer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"" + value + "\"}")
			.exchange();
	}

	private MvcTestResult upload(Viewer viewer, Kpi kpi, String value) {
		byte[] sheet = ("評価指標," + YEAR.value() + "\n" + kpi.name() + "," + value + "\n")
			.getBytes(StandardCharsets.UTF_8);
		return mvc.post()
			.uri("/collections/{id}/upload", collection)
			.multipart()
			.file(new MockMultipartFile("sheet", "values.csv", "text/csv", sheet))
			.with(accounts.as(viewer))
			.with(csrf())
			.exchange();
	}

	@SuppressWarnings("unchecked")
	private List<String> uploadProblems(Viewer viewer, Kpi kpi, String value) {
		MvcTestResult result = upload(viewer, kpi, value);
		assertThat(result).hasStatus3xxRedirection().flash().containsKey("uploadProblems");
		return (List<String>) result.getMvcResult().getFlashMap().get("uploadProblems");
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> errorMessages(MvcTestResult result) {
		return JsonPath.read(body(result), "$.errors[*].message");
	}

}
