package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.suishin.TestAccounts;
import jp.suishin.account.Account;
import jp.suishin.account.AccountRepository;
import jp.suishin.account.ApiTokens;
import jp.suishin.account.Grant;
import jp.suishin.account.OpeningAccount;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionItem;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.CollectionState;
import jp.suishin.collection.ItemState;
import jp.suishin.edition.Edition;
import jp.suishin.edition.EditionRepository;
import jp.suishin.edition.PublishingEdition;
import jp.suishin.kpi.BaselineRevision;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.DepartmentName;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.plan.PlanRepository;
import jp.suishin.report.AnalysisRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access-control matrix: every role × every endpoint family, on the embedded database
 * in every build ({@link AccessControlMatrixOnEmbeddedDatabaseTests}) and on PostgreSQL
 * when {@code SUISHIN_TEST_PG_URL} is set ({@link AccessControlMatrixOnPostgresTests}).
 * <ul>
 * <li>On another organisation's data (Hokkaido's 2015 strategy, where none of the roles
 * has any right) every signed-in role gets 403 or 404 on every request that is not a
 * public page (exactly 404 where the collection itself is asked for: a collection one may
 * not read does not exist), the public is sent to sign in (401 on the API), nothing is
 * stored, and a value that is not approved yet is never shown.</li>
 * <li>On Iwamizawa's own plan the same requests succeed for the roles that may make them
 * and are a 403 for the others: the half that proves the matrix can fail.</li>
 * <li>On the plan of the South Sorachi settlement zone (Iwamizawa its centre with an
 * editing agreement, Yubari a member that reads).</li>
 * <li>With guessed ids: collections, plans and KPIs that do not exist, and a KPI or a
 * department of one organisation under another organisation's URL.</li>
 * </ul>
 * Every cell is named role × family × target → expectation. A write cell first makes the
 * step possible (the item submitted before an approval, the collection open …), so that
 * only the authorisation can stop it, and afterwards reads what is stored. The cells run
 * in any order. Accounts are {@code acm-…}; each subclass has a database of its own.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessControlMatrixContract {

	/** The roles of the matrix. */
	enum Who {

		/** Nobody signed in. */
		PUBLIC,

		/** A system administrator without any grant. */
		ADMIN,

		/** A planner of Iwamizawa. */
		PLANNER,

		/** An editor of one department of Iwamizawa. */
		DEPARTMENT_EDITOR,

		/** A reviewer of the Sorachi bureau, which Iwamizawa lies below. */
		REVIEWER,

		/** An external expert of Iwamizawa. */
		EXPERT,

		/**
		 * A planner of Yubari, a member of the South Sorachi zone that reads its plans.
		 */
		MEMBER_PLANNER

	}

	/** What a cell expects. */
	enum Expect {

		/**
		 * A public page or read API: 200; a value not yet approved only for its readers.
		 */
		READS("200"),

		/** 2xx or 3xx (not to the sign-in page, no refusal), and the change is stored. */
		SUCCEEDS("succeeds"),

		/** Passes the authorisation and is refused as written (3xx, nothing changes). */
		REFUSED("refused, unchanged"),

		/** Passes, and changes nothing of anybody else (3xx). */
		IGNORED("ignored, unchanged"),

		/** 403, nothing changes. */
		FORBIDDEN("403"),

		/** 403 or 404, nothing changes. */
		FORBIDDEN_OR_NOT_FOUND("403/404"),

		/** 404, nothing changes. */
		NOT_FOUND("404"),

		/** The public: to the sign-in page, 401 on the API; nothing changes. */
		SIGN_IN("sign in");

		final String label;

		Expect(String label) {
			this.label = label;
		}

	}

	static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);

	static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.PUBLIC));

	/**
	 * Requests that are about no organisation's data (listings, the sign-in page); every
	 * other endpoint of the application must be in the matrix.
	 */
	static final Set<String> NOT_ORGANISATION_DATA = Set.of("GET /", "GET /login", "GET /organisations",
			"GET /api/v1/organisations", "GET /api/v1/plans");

	/**
	 * The plan authoring pages (issue 12), not yet in this matrix: every one of them is
	 * refused to a planner of another organisation and to the public, with nothing
	 * changed, by {@code jp.suishin.authoring.AuthoringAccessTests}. Listed one by one so
	 * that a new endpoint still fails here.
	 */
	static final Set<String> AUTHORING_CHECKED_ELSEWHERE = Set.of("GET /plans/new", "GET /plans/{id}/edit",
			"GET /plans/{id}/edit/kpis/{kpiId}", "POST /plans/new", "POST /plans/{id}/edit",
			"POST /plans/{id}/edit/archive", "POST /plans/{id}/edit/kpis/{kpiId}",
			"POST /plans/{id}/edit/kpis/{kpiId}/listings/{listingId}/remove",
			"POST /plans/{id}/edit/kpis/{kpiId}/milestones", "POST /plans/{id}/edit/kpis/{kpiId}/relist",
			"POST /plans/{id}/edit/kpis/{kpiId}/remove", "POST /plans/{id}/edit/nodes",
			"POST /plans/{id}/edit/nodes/{nodeId}", "POST /plans/{id}/edit/nodes/{nodeId}/down",
			"POST /plans/{id}/edit/nodes/{nodeId}/kpis", "POST /plans/{id}/edit/nodes/{nodeId}/move",
			"POST /plans/{id}/edit/nodes/{nodeId}/programs", "POST /plans/{id}/edit/nodes/{nodeId}/remove",
			"POST /plans/{id}/edit/nodes/{nodeId}/up", "POST /plans/{id}/edit/programs/{programId}",
			"POST /plans/{id}/edit/programs/{programId}/down", "POST /plans/{id}/edit/programs/{programId}/remove",
			"POST /plans/{id}/edit/programs/{programId}/up");

	/**
	 * The activities pages (issue 13), like the authoring pages: every one is refused to
	 * a planner of another organisation and to the public, with nothing changed, by
	 * {@code jp.suishin.activity.web.ActivityAccessTests}. Listed one by one so that a
	 * new endpoint still fails here.
	 */
	static final Set<String> ACTIVITIES_CHECKED_ELSEWHERE = Set.of("GET /plans/{id}/edit/activities",
			"POST /plans/{id}/edit/activities/nodes/{nodeId}", "POST /plans/{id}/edit/activities/{activityId}",
			"POST /plans/{id}/edit/activities/{activityId}/up", "POST /plans/{id}/edit/activities/{activityId}/down",
			"POST /plans/{id}/edit/activities/{activityId}/remove", "POST /plans/{id}/edit/actions/nodes/{nodeId}",
			"POST /plans/{id}/edit/actions/{actionId}", "POST /plans/{id}/edit/actions/{actionId}/up",
			"POST /plans/{id}/edit/actions/{actionId}/down", "POST /plans/{id}/edit/actions/{actionId}/remove",
			"POST /plans/{id}/edit/activities/{activityId}/images", "GET /plans/{id}/edit/activities/images/{imageId}");

	// issue 14 logicmodel: checked by logicmodel/web/LogicModelAccessTests
	static final Set<String> LOGIC_MODEL_CHECKED_ELSEWHERE = Set.of("GET /programs/{programId}/logic-model",
			"GET /programs/{programId}/logic-model.svg", "POST /programs/{programId}/logic-model/elements",
			"POST /programs/{programId}/logic-model/elements/{elementId}",
			"POST /programs/{programId}/logic-model/elements/{elementId}/up",
			"POST /programs/{programId}/logic-model/elements/{elementId}/down",
			"POST /programs/{programId}/logic-model/elements/{elementId}/remove",
			"GET /api/v1/programs/{programId}/logic-model", "POST /api/v1/programs/{programId}/logic-model/elements",
			"GET /api/v1/programs/{programId}/logic-model/elements/{elementId}",
			"PUT /api/v1/programs/{programId}/logic-model/elements/{elementId}",
			"DELETE /api/v1/programs/{programId}/logic-model/elements/{elementId}",
			"POST /api/v1/programs/{programId}/logic-model/elements/{elementId}/move");

	/**
	 * A plan's verification (issue 14): its page, forms and API, checked for every role
	 * in {@code jp.suishin.verification.web.VerificationAccessTests}.
	 */
	static final Set<String> VERIFICATION_CHECKED_ELSEWHERE = Set.of("GET /plans/{id}/verification",
			"POST /plans/{id}/verification/opinions", "POST /plans/{id}/verification/opinions/{opinionId}",
			"POST /plans/{id}/verification/opinions/{opinionId}/remove",
			"POST /plans/{id}/verification/opinions/{opinionId}/response",
			"POST /plans/{id}/verification/opinions/{opinionId}/follow-up",
			"POST /plans/{id}/verification/effects/{kpiId}", "GET /api/v1/plans/{id}/verification",
			"GET /api/v1/opinions/{id}", "POST /api/v1/plans/{id}/opinions", "PUT /api/v1/opinions/{id}",
			"DELETE /api/v1/opinions/{id}", "PUT /api/v1/opinions/{id}/response", "PUT /api/v1/opinions/{id}/follow-up",
			"PUT /api/v1/plans/{id}/effects/{year}/kpis/{kpiId}");

	/**
	 * The evaluation calendar (issue 14 calendar): refused to the public, a planner of
	 * another organisation and (for writes) a department editor of the same organisation,
	 * nothing stored, by {@code jp.suishin.calendar.web.CalendarAccessTests}.
	 */
	static final Set<String> CALENDAR_CHECKED_ELSEWHERE = Set.of("GET /plans/{id}/calendar",
			"POST /plans/{id}/calendar/dates", "POST /plans/{id}/calendar/meetings",
			"POST /plans/{id}/calendar/steps/{stepId}", "POST /plans/{id}/calendar/steps/{stepId}/remove",
			"POST /plans/{id}/calendar/steps/{stepId}/done", "POST /plans/{id}/calendar/steps/{stepId}/reopen",
			"GET /api/v1/plans/{id}/calendar", "PUT /api/v1/plans/{id}/calendar/dates",
			"POST /api/v1/plans/{id}/calendar/meetings", "PUT /api/v1/plans/{id}/calendar/steps/{stepId}",
			"DELETE /api/v1/plans/{id}/calendar/steps/{stepId}", "PUT /api/v1/plans/{id}/calendar/steps/{stepId}/done");

	/**
	 * The meetings of a plan (issue 14 meeting): every write is refused to the public, a
	 * planner of another organisation, a member's planner who only reads the
	 * collaboration's plan and a department editor of the owner's center city, with
	 * nothing changed, and minutes that are not public are served only to the owner's
	 * readers, by {@code jp.suishin.meeting.web.MeetingAccessTests}.
	 */
	static final Set<String> MEETINGS_CHECKED_ELSEWHERE = Set.of("GET /plans/{id}/meetings",
			"POST /plans/{id}/meetings", "POST /plans/{id}/meetings/{meetingId}",
			"POST /plans/{id}/meetings/{meetingId}/remove", "POST /plans/{id}/meetings/{meetingId}/minutes",
			"POST /plans/{id}/meetings/{meetingId}/minutes/remove", "GET /plans/{id}/meetings/{meetingId}/minutes.pdf",
			"GET /api/v1/plans/{id}/meetings", "POST /api/v1/plans/{id}/meetings",
			"GET /api/v1/plans/{id}/meetings/{meetingId}", "PUT /api/v1/plans/{id}/meetings/{meetingId}",
			"DELETE /api/v1/plans/{id}/meetings/{meetingId}", "GET /api/v1/plans/{id}/meetings/{meetingId}/minutes.pdf",
			"PUT /api/v1/plans/{id}/meetings/{meetingId}/minutes.pdf",
			"DELETE /api/v1/plans/{id}/meetings/{meetingId}/minutes.pdf");

	/**
	 * The evaluation package (issue 14): its page and PDF are refused to the public, to a
	 * planner and an expert of another organisation, with nothing changed, and given to
	 * the owner's readers by
	 * {@code jp.suishin.document.web.EvaluationPackageAccessTests}.
	 */
	static final Set<String> PACKAGE_CHECKED_ELSEWHERE = Set.of("GET /plans/{id}/evaluation-package",
			"GET /plans/{id}/evaluation-package.pdf");

	/**
	 * The evaluation sheets (issue 14 evaluation): every page, form and API call is
	 * refused to whoever it is not for, with nothing changed, by
	 * {@code jp.suishin.evaluation.web.EvaluationAccessTests}. Listed one by one so that
	 * a new endpoint still fails here.
	 */
	static final Set<String> EVALUATION_CHECKED_ELSEWHERE = Set.of("GET /programs/{id}",
			"POST /programs/{id}/evaluation", "POST /programs/{id}/evaluation/sheet",
			"POST /programs/{id}/evaluation/stages/{stageId}", "POST /programs/{id}/evaluation/decision",
			"GET /admin/evaluation", "POST /admin/evaluation/personnel-cost", "POST /admin/evaluation/stages",
			"POST /admin/evaluation/stages/{stageId}", "POST /admin/evaluation/stages/{stageId}/remove",
			"GET /api/v1/evaluation-stages", "GET /api/v1/programs/{id}/evaluations/{year}",
			"POST /api/v1/programs/{id}/evaluations", "PUT /api/v1/programs/{id}/evaluations/{year}",
			"POST /api/v1/programs/{id}/evaluations/{year}/stages/{stageId}",
			"PUT /api/v1/programs/{id}/evaluations/{year}/decision");

	/**
	 * The donations pages and API (issue 14): the public reads totals and named donors
	 * only, others are refused with nothing changed, by
	 * {@code jp.suishin.donation.web.DonationAccessTests}. Listed one by one so that a
	 * new endpoint still fails here.
	 */
	static final Set<String> DONATIONS_CHECKED_ELSEWHERE = Set.of("GET /plans/{id}/donations",
			"GET /plans/{id}/edit/donations", "POST /plans/{id}/edit/donations",
			"POST /plans/{id}/edit/donations/{donationId}", "POST /plans/{id}/edit/donations/{donationId}/remove",
			"GET /api/v1/plans/{id}/donations", "POST /api/v1/plans/{id}/donations",
			"GET /api/v1/plans/{id}/donations/{donationId}", "PUT /api/v1/plans/{id}/donations/{donationId}",
			"DELETE /api/v1/plans/{id}/donations/{donationId}");

	/**
	 * The KPI page's link forms (issue 15): the KPI's planners only, others refused with
	 * nothing changed, by {@code jp.suishin.linkage.web.LinkAccessTests}.
	 */
	static final Set<String> LINKS_CHECKED_ELSEWHERE = Set.of("POST /kpis/{id}/links",
			"POST /kpis/{id}/links/{linkId}/remove", "POST /kpis/{id}/computation");

	static final String FIXTURE = "acm-fixture";

	static final String OWN_DEPARTMENT = "ACM 商工労働課";

	static final String FOREIGN_DEPARTMENT = "ACM 道 総合政策課";

	/** The unapproved value of the foreign plan that nobody in the matrix may see. */
	static final String FOREIGN_NEEDLE = "98,765,431";

	/** The unapproved value of the own plan that only its readers see. */
	static final String OWN_NEEDLE = "86,420,135";

	static final long UNKNOWN_ID = 987_654_321L;

	/** Values from a department's sheet. */
	static final String UPLOAD = "POST /collections/{id}/upload";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	OpeningAccount opening;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	OrganisationRegister register;

	@Autowired
	PlanRepository plans;

	@Autowired
	KpiRepository kpis;

	@Autowired
	CollectionRepository collections;

	@Autowired
	CollectingValues collecting;

	@Autowired
	RecordingActualValue recording;

	@Autowired
	AnalysisRepository analyses;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	PublishingEdition publishing;

	@Autowired
	EditionRepository editions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	TestAccounts accounts;

	final Map<Who, Viewer> viewers = new EnumMap<>(Who.class);

	final Map<Who, String> tokens = new EnumMap<>(Who.class);

	Viewer hokkaidoPlanner;

	Viewer grantee;

	long hokkaido;

	long foreignTokenOwner;

	long foreignTokenId;

	Site foreign;

	Site own;

	Zone zone;

	/** An edition of each site's plan (by site name) and the year it publishes. */
	final Map<String, Edition> editionOf = new java.util.HashMap<>();

	/**
	 * One organisation's plan as the matrix attacks it.
	 *
	 * @param collection a collection of {@code year}, open
	 * @param lockable a collection whose items are all approved, so that it can be locked
	 * @param kpi the KPI the item-level steps work on (of the department editor, on the
	 * own plan)
	 * @param otherKpi a KPI of another department
	 * @param shownKpi a KPI whose value of {@code year} is entered and never approved
	 * @param assignKpi the KPI the department assignment works on
	 * @param assignTo a department of the plan's organisation
	 * @param planners who plans for the organisation
	 * @param readers who reads its working data
	 * @param enterers who enters the values of {@code kpi}
	 * @param otherEnterers who enters the values of {@code otherKpi}
	 * @param remarkers who comments or gives opinions
	 */
	record Site(String name, Expect refusal, long organisation, long plan, long collection, long lockable, int year,
			int openYear, int apiOpenYear, int milestoneYear, long kpi, long otherKpi, long shownKpi, long assignKpi,
			long assignTo, String needle, Set<Who> planners, Set<Who> readers, Set<Who> enterers,
			Set<Who> otherEnterers, Set<Who> remarkers) {
	}

	/** The collaboration's plan (no KPIs) and an open collection of it. */
	record Zone(long organisation, long plan, long collection, int openYear, int apiOpenYear, Set<Who> planners,
			Set<Who> readers, Set<Who> remarkers) {
	}

	@BeforeAll
	void fixture() {
		accounts = testAccounts;
		viewers.put(Who.ADMIN, accounts.administrator("acm-admin"));
		viewers.put(Who.PLANNER, accounts.account("acm-planner", "iwamizawa", Role.PLANNER));
		viewers.put(Who.DEPARTMENT_EDITOR, accounts.editor("acm-editor", "iwamizawa", OWN_DEPARTMENT));
		viewers.put(Who.REVIEWER, accounts.account("acm-reviewer", "sorachi-bureau", Role.REVIEWER));
		viewers.put(Who.EXPERT, accounts.account("acm-expert", "iwamizawa", Role.EXPERT));
		viewers.put(Who.MEMBER_PLANNER, accounts.account("acm-member-planner", "yubari", Role.PLANNER));
		viewers.forEach((who, viewer) -> tokens.put(who, apiTokens.issue(viewer.accountId(), "acm", FIXTURE)));
		grantee = accounts.account("acm-grantee", null, null);
		hokkaido = accounts.organisation("hokkaido");

		// Hokkaido's plan: nobody of the matrix has any right on it.
		hokkaidoPlanner = accounts.account("acm-hokkaido-planner", "hokkaido", Role.PLANNER);
		accounts.editor("acm-hokkaido-editor", "hokkaido", FOREIGN_DEPARTMENT);
		foreignTokenOwner = hokkaidoPlanner.accountId();
		apiTokens.issue(foreignTokenOwner, "acm hokkaido", FIXTURE);
		foreignTokenId = apiTokens.of(foreignTokenOwner).get(0).id();
		long foreignPlan = plans.findByKey("hokkaido-strategy-2015").orElseThrow().id();
		Department foreignDepartment = accounts.department("hokkaido", FOREIGN_DEPARTMENT);
		Department foreignOther = accounts.department("hokkaido", "ACM 道 子ども未来課");
		Department foreignSpare = accounts.department("hokkaido", "ACM 道 地域戦略課");
		long foreignKpi = kpi("hokkaido2015-safe-childbirth-municipalities");
		long foreignOtherKpi = kpi("hokkaido2015-child-place-municipalities");
		collecting.assign(hokkaidoPlanner, foreignKpi, foreignDepartment.id());
		collecting.assign(hokkaidoPlanner, foreignOtherKpi, foreignOther.id());
		long foreignCollection = open(hokkaidoPlanner, foreignPlan, 2016);
		long foreignLockable = open(hokkaidoPlanner, foreignPlan, 2018);
		long foreignShown = kpi("hokkaido2015-marriage-support-consultations");
		enter(foreignShown, 2016, FOREIGN_NEEDLE);
		enter(foreignKpi, 2016, "12");
		approveAll(foreignLockable);
		foreign = new Site("foreign", Expect.FORBIDDEN_OR_NOT_FOUND, hokkaido, foreignPlan, foreignCollection,
				foreignLockable, 2016, 2019, 2015, 2017, foreignKpi, foreignOtherKpi, foreignShown,
				kpi("hokkaido2015-multichild-childcare-fee-municipalities"), foreignSpare.id(), FOREIGN_NEEDLE, NOBODY,
				NOBODY, NOBODY, NOBODY, NOBODY);

		// Iwamizawa's plan: the roles of the matrix have their parts here.
		Viewer iwamizawaPlanner = accounts.account("acm-iwamizawa-planner", "iwamizawa", Role.PLANNER);
		long ownPlan = plans.findByKey("iwamizawa-regional-revitalization").orElseThrow().id();
		Department ownDepartment = accounts.department("iwamizawa", OWN_DEPARTMENT);
		Department ownOther = accounts.department("iwamizawa", "ACM 企画室");
		Department ownSpare = accounts.department("iwamizawa", "ACM 農政課");
		long ownKpi = kpi("iwamizawa-total-income-per-person");
		long ownOtherKpi = kpi("iwamizawa-value-added-per-employee");
		collecting.assign(iwamizawaPlanner, ownKpi, ownDepartment.id());
		collecting.assign(iwamizawaPlanner, ownOtherKpi, ownOther.id());
		long ownCollection = open(iwamizawaPlanner, ownPlan, 2027);
		long ownLockable = open(iwamizawaPlanner, ownPlan, 2026);
		long ownShown = kpi("iwamizawa-shipments-per-employee");
		enter(ownShown, 2027, OWN_NEEDLE);
		enter(ownKpi, 2027, "1,600");
		approveAll(ownLockable);
		Set<Who> readers = EnumSet.of(Who.PLANNER, Who.DEPARTMENT_EDITOR, Who.REVIEWER, Who.EXPERT);
		own = new Site("own", Expect.FORBIDDEN, accounts.organisation("iwamizawa"), ownPlan, ownCollection, ownLockable,
				2027, 2025, 2024, 2026, ownKpi, ownOtherKpi, ownShown, kpi("iwamizawa-agricultural-output"),
				ownSpare.id(), OWN_NEEDLE, EnumSet.of(Who.PLANNER), readers,
				EnumSet.of(Who.PLANNER, Who.DEPARTMENT_EDITOR), EnumSet.of(Who.PLANNER),
				EnumSet.of(Who.REVIEWER, Who.EXPERT));

		// The zone's plan, opened by Iwamizawa (its centre, with an editing agreement).
		long zonePlan = plans.findByKey("south-sorachi-vision").orElseThrow().id();
		zone = new Zone(accounts.organisation("south-sorachi-zone"), zonePlan, open(iwamizawaPlanner, zonePlan, 2025),
				2027, 2028, EnumSet.of(Who.PLANNER), EnumSet.of(Who.PLANNER, Who.REVIEWER, Who.MEMBER_PLANNER),
				EnumSet.of(Who.REVIEWER));

		// An edition of each organisation's plan, of a year never collected: the public
		// pages of editions read it, and each publication the matrix makes is its
		// correction.
		editionOf.put(foreign.name(),
				publishing.publish(hokkaidoPlanner, foreignPlan, FiscalYear.of(2015), null, LocalDate.now()));
		editionOf.put(own.name(),
				publishing.publish(iwamizawaPlanner, ownPlan, FiscalYear.of(2020), null, LocalDate.now()));
	}

	// ---------------------------------------------------------------- the matrix

	Stream<Cell> matrix() {
		AtomicInteger serial = new AtomicInteger();
		return attempts().stream()
			.flatMap(attempt -> Arrays.stream(Who.values())
				.map(who -> new Cell(who, attempt, expect(who, attempt), serial.incrementAndGet())));
	}

	static Expect expect(Who who, Attempt<?> attempt) {
		if (attempt.reads) {
			return Expect.READS;
		}
		if (who == Who.PUBLIC) {
			return Expect.SIGN_IN;
		}
		if (attempt.outcomes.containsKey(who)) {
			return attempt.outcomes.get(who);
		}
		return attempt.passes.contains(who) ? attempt.passing : attempt.refusal;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void cell(Cell cell) throws Exception {
		run(cell, cell.attempt());
	}

	private <T> void run(Cell cell, Attempt<T> attempt) throws Exception {
		attempt.prepare.accept(cell);
		T before = attempt.observe.apply(cell);
		MvcResult result = perform(cell, attempt);
		T after = attempt.observe.apply(cell);
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String location = result.getResponse().getRedirectedUrl();
		String answer = status + (location == null ? "" : " → " + location) + " "
				+ body.substring(0, Math.min(body.length(), 300));
		assertThat(body).as("%s must not show the other organisation's unapproved value or collection", cell)
			.doesNotContain(FOREIGN_NEEDLE, FOREIGN_NEEDLE.replace(",", ""))
			.doesNotContain("href=\"/collections/" + foreign.collection() + "\"");
		switch (cell.expect()) {
			case READS -> {
				assertThat(status).as("%s: %s", cell, answer).isEqualTo(200);
				if (attempt.needle != null && attempt.seesNeedle.contains(cell.who())) {
					assertThat(body).as("%s shows the working value", cell).contains(attempt.needle);
				}
				else if (attempt.needle != null) {
					assertThat(body).as("%s hides the working value", cell)
						.doesNotContain(attempt.needle, attempt.needle.replace(",", ""));
				}
			}
			case SUCCEEDS -> {
				assertThat(status).as("%s: %s", cell, answer).isBetween(200, 399);
				assertThat(String.valueOf(location)).as("%s: %s", cell, answer).doesNotEndWith("/login");
				assertThat((Map<String, Object>) result.getFlashMap())
					.as("%s: refused %s", cell, result.getFlashMap().get("refused"))
					.doesNotContainKey("refused");
				attempt.change.verify(cell, before, after);
			}
			case REFUSED -> {
				assertThat(status).as("%s: %s", cell, answer).isBetween(300, 399);
				assertThat((Map<String, Object>) result.getFlashMap()).as("%s: %s", cell, answer)
					.containsKey("refused");
				assertThat(after).as("%s changes nothing", cell).isEqualTo(before);
			}
			case IGNORED -> {
				assertThat(status).as("%s: %s", cell, answer).isBetween(300, 399);
				assertThat(String.valueOf(location)).as("%s: %s", cell, answer).doesNotEndWith("/login");
				assertThat(after).as("%s changes nothing", cell).isEqualTo(before);
			}
			case FORBIDDEN -> {
				assertThat(status).as("%s: %s", cell, answer).isEqualTo(403);
				assertThat(after).as("%s changes nothing", cell).isEqualTo(before);
			}
			case FORBIDDEN_OR_NOT_FOUND -> {
				assertThat(status).as("%s: %s", cell, answer).isIn(403, 404);
				assertThat(after).as("%s changes nothing", cell).isEqualTo(before);
			}
			case NOT_FOUND -> {
				assertThat(status).as("%s: %s", cell, answer).isEqualTo(404);
				assertThat(after).as("%s changes nothing", cell).isEqualTo(before);
			}
			case SIGN_IN -> {
				if (attempt.api()) {
					assertThat(status).as("%s: %s", cell, answer).isEqualTo(401);
				}
				else {
					assertThat(status).as("%s: %s", cell, answer).isBetween(300, 399);
					assertThat(String.valueOf(location)).as("%s: %s", cell, answer).endsWith("/login");
				}
				assertThat(after).as("%s changes nothing", cell).isEqualTo(before);
			}
		}
	}

	private MvcResult perform(Cell cell, Attempt<?> attempt) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = attempt.request.apply(cell);
		if (attempt.token) {
			request.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + (cell.who() == Who.PUBLIC ? "sui_guessed" : tokens.get(cell.who())));
		}
		else {
			request.with(csrf());
			if (cell.who() != Who.PUBLIC) {
				request.with(accounts.as(viewers.get(cell.who())));
			}
		}
		try {
			return mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new AssertionError(cell + ": the request was not answered (" + ex + ")", ex);
		}
	}

	/**
	 * Every endpoint of the application is in the matrix, or is about no organisation.
	 */
	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> covered = attempts().stream().map(a -> a.mapping).collect(Collectors.toSet());
		Set<String> endpoints = endpoints();
		assertThat(endpoints).isNotEmpty();
		Set<String> missing = new TreeSet<>(endpoints);
		missing.removeAll(covered);
		missing.removeAll(NOT_ORGANISATION_DATA);
		missing.removeAll(AUTHORING_CHECKED_ELSEWHERE);
		missing.removeAll(ACTIVITIES_CHECKED_ELSEWHERE);
		missing.removeAll(LOGIC_MODEL_CHECKED_ELSEWHERE);
		missing.removeAll(VERIFICATION_CHECKED_ELSEWHERE);
		missing.removeAll(CALENDAR_CHECKED_ELSEWHERE);
		missing.removeAll(MEETINGS_CHECKED_ELSEWHERE);
		missing.removeAll(PACKAGE_CHECKED_ELSEWHERE);
		missing.removeAll(EVALUATION_CHECKED_ELSEWHERE);
		missing.removeAll(DONATIONS_CHECKED_ELSEWHERE);
		missing.removeAll(LINKS_CHECKED_ELSEWHERE);
		assertThat(missing).as("endpoints missing from the access-control matrix").isEmpty();
		assertThat(endpoints).containsAll(covered);
	}

	/**
	 * The values the matrix looks for are there for those who may see them: the owner of
	 * the foreign plan sees its unapproved value on every page and API call that the
	 * matrix checks hide it.
	 */
	@Test
	void theForeignWorkingValueIsShownToItsOwnPlanner() throws Exception {
		List<String> uris = List.of("/kpis/" + foreign.shownKpi(), "/plans/" + foreign.plan() + "/kpi-list?year=2016",
				"/plans/" + foreign.plan() + "/kpi-list.csv?year=2016", "/api/v1/kpis/" + foreign.shownKpi(),
				"/api/v1/plans/" + foreign.plan() + "/kpi-list?year=2016");
		for (String uri : uris) {
			MvcResult result = mvc.perform(get(uri).with(accounts.as(hokkaidoPlanner))).andReturn();
			assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(uri)
				.containsAnyOf(FOREIGN_NEEDLE, FOREIGN_NEEDLE.replace(",", ""));
		}
		assertThat(collections.item(foreign.collection(), foreign.shownKpi()).orElseThrow().state())
			.isEqualTo(ItemState.OPEN);
	}

	/** The application's endpoints, as {@code METHOD /pattern}. */
	Set<String> endpoints() {
		return handlers.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap(info -> info.getMethodsCondition()
				.getMethods()
				.stream()
				.flatMap(method -> info.getPatternValues().stream().map(pattern -> method + " " + pattern)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	// ---------------------------------------------------------------- the requests

	List<Attempt<?>> attempts() {
		List<Attempt<?>> all = new ArrayList<>();
		all.addAll(site(foreign));
		all.addAll(site(own));
		all.addAll(zone());
		all.addAll(guessedIds());
		all.addAll(planImportPage());
		all.addAll(ownAccount());
		all.addAll(administration());
		all.addAll(organisationAdministration());
		return all;
	}

	/** Every endpoint family on one organisation's plan. */
	List<Attempt<?>> site(Site s) {
		List<Attempt<?>> all = new ArrayList<>();
		String plan = s.name() + " plan";
		String kpi = s.name() + " KPI";
		String other = s.name() + " KPI of another department";
		String collection = s.name() + " collection";
		FiscalYear year = FiscalYear.of(s.year());
		String deadline = LocalDate.now().plusDays(30).toString();

		// Public pages and the read API: open to all, values in collection for readers
		// only.
		all.add(read("public pages", plan, "GET /plans/{id}", c -> get("/plans/{id}", s.plan())));
		all.add(read("public pages", plan, "GET /plans/{id}/kpi-list",
				c -> get("/plans/{id}/kpi-list?year={y}", s.plan(), s.year()))
			.needle(s.needle(), s.readers()));
		all.add(read("public pages", plan, "GET /plans/{id}/kpi-list.csv",
				c -> get("/plans/{id}/kpi-list.csv?year={y}", s.plan(), s.year()))
			.needle(s.needle(), s.readers()));
		all.add(read("public pages", plan, "GET /plans/{id}/kpi-list.xlsx",
				c -> get("/plans/{id}/kpi-list.xlsx?year={y}", s.plan(), s.year())));
		all.add(read("public pages", kpi, "GET /kpis/{id}", c -> get("/kpis/{id}", s.shownKpi())).needle(s.needle(),
				s.readers()));
		all.add(read("read API", plan, "GET /api/v1/plans/{id}", c -> get("/api/v1/plans/{id}", s.plan())));
		all.add(read("read API", kpi, "GET /api/v1/kpis/{id}", c -> get("/api/v1/kpis/{id}", s.shownKpi()))
			.needle(s.needle(), s.readers()));
		all.add(read("read API", plan, "GET /api/v1/plans/{id}/kpi-list",
				c -> get("/api/v1/plans/{id}/kpi-list?year={y}", s.plan(), s.year()))
			.needle(s.needle(), s.readers()));

		// Editions: public pages and files; publishing (a correction of the fixture's
		// edition) for the plan's planners.
		Edition edition = editionOf.get(s.name());
		String file = editions.filesOf(List.of(edition.id())).get(edition.id()).get(0).name();
		all.add(read("public pages", plan + " editions", "GET /plans/{id}/editions",
				c -> get("/plans/{id}/editions", s.plan())));
		all.add(read("public pages", s.name() + " organisation editions", "GET /organisations/{id}/editions",
				c -> get("/organisations/{id}/editions", s.organisation())));
		all.add(read("public pages", s.name() + " edition", "GET /editions/{id}",
				c -> get("/editions/{id}", edition.id())));
		all.add(read("public pages", s.name() + " edition file", "GET /editions/{id}/files/{name}",
				c -> get("/editions/{id}/files/{name}", edition.id(), file)));
		all.add(read("public pages", "open data", "GET /open-data", c -> get("/open-data")));
		all.add(read("public pages", "open data", "GET /open-data/catalogue.json",
				c -> get("/open-data/catalogue.json")));
		all.add(write("editions", plan, "POST /plans/{id}/editions",
				c -> post("/plans/{id}/editions", s.plan()).param("year", Integer.toString(edition.dataYear().value()))
					.param("correctionNote", "ACM correction " + c.serial()),
				c -> editions.ofPlanYear(s.plan(), edition.dataYear()).size())
			.passes(s.planners())
			.changes((c, before, after) -> {
				assertThat(after).isEqualTo(before + 1);
				assertThat(editions.ofPlanYear(s.plan(), edition.dataYear()).get(after - 1).correctionNote())
					.isEqualTo("ACM correction " + c.serial());
			}));

		// Value entry, on the page and through the API.
		for (boolean otherDepartment : new boolean[] { false, true }) {
			long k = otherDepartment ? s.otherKpi() : s.kpi();
			Set<Who> enterers = otherDepartment ? s.otherEnterers() : s.enterers();
			String target = otherDepartment ? other : kpi;
			all.add(write("value entry", target, "POST /kpis/{id}/values",
					c -> post("/kpis/{id}/values", k).param("year", Integer.toString(s.year()))
						.param("value", amount(c))
						.param("status", "CONFIRMED")
						.param("version-" + s.year(), Integer.toString(version(k, year))),
					c -> kpis.findValue(k, year))
				.prepare(c -> item(s.collection(), k, ItemState.OPEN, year))
				.passes(enterers)
				.changes((c, before, after) -> assertValue(c, after)));
			all.add(write("write API", target, "PUT /api/v1/kpis/{id}/values/{year}",
					c -> json(put("/api/v1/kpis/{id}/values/{year}", k, s.year()),
							"{\"value\":\"" + amount(c) + "\",\"version\":" + version(k, year) + "}"),
					c -> kpis.findValue(k, year))
				.prepare(c -> item(s.collection(), k, ItemState.OPEN, year))
				.passes(enterers)
				.changes((c, before, after) -> assertValue(c, after)));
			all.add(step("collection workflow", target, "POST /collections/{id}/kpis/{kpiId}/submit", s.collection(), k,
					"submit", null, ItemState.OPEN, ItemState.SUBMITTED, year)
				.passes(enterers)
				.notFoundUnless(s.readers()));
			all.add(step("write API", target, "POST /api/v1/collections/{id}/kpis/{kpiId}/submit", s.collection(), k,
					"submit", null, ItemState.OPEN, ItemState.SUBMITTED, year)
				.passes(enterers)
				.notFoundUnless(s.readers()));
		}
		all.add(write("write API", kpi + " (bearer token)", "PUT /api/v1/kpis/{id}/values/{year}",
				c -> json(put("/api/v1/kpis/{id}/values/{year}", s.kpi(), s.year()),
						"{\"value\":\"" + amount(c) + "\",\"version\":" + version(s.kpi(), year) + "}"),
				c -> kpis.findValue(s.kpi(), year))
			.prepare(c -> item(s.collection(), s.kpi(), ItemState.OPEN, year))
			.passes(s.enterers())
			.changes((c, before, after) -> assertValue(c, after))
			.token());

		// A KPI's definition.
		// Who may change what grades a year; locked years are the locked-year contract's
		// (report/LockedYearContract), so each cell starts with no year fixed.
		all.add(write("KPI definition", kpi, "POST /kpis/{id}/milestones",
				c -> post("/kpis/{id}/milestones", s.kpi()).param("milestoneYear", Integer.toString(s.milestoneYear()))
					.param("milestoneValue", amount(c)),
				c -> kpis.milestones(s.kpi()))
			.prepare(c -> unfix(s.lockable(), s.collection()))
			.passes(s.planners())
			.changes((c, before, after) -> assertThat(after.get(FiscalYear.of(s.milestoneYear())))
				.isEqualByComparingTo(number(c))));
		all.add(write("write API", kpi, "PUT /api/v1/kpis/{id}/milestones/{year}",
				c -> json(put("/api/v1/kpis/{id}/milestones/{year}", s.kpi(), s.milestoneYear()),
						"{\"value\":\"" + amount(c) + "\"}"),
				c -> kpis.milestones(s.kpi()))
			.prepare(c -> unfix(s.lockable(), s.collection()))
			.passes(s.planners())
			.changes((c, before, after) -> assertThat(after.get(FiscalYear.of(s.milestoneYear())))
				.isEqualByComparingTo(number(c))));
		all.add(write("KPI definition", kpi, "POST /kpis/{id}/baseline",
				c -> post("/kpis/{id}/baseline", s.kpi()).param("baselineValue", amount(c))
					.param("baselineReason", "ACM baseline " + c.serial()),
				c -> kpis.baselineRevisions(s.kpi()))
			.prepare(c -> unfix(s.lockable(), s.collection()))
			.passes(s.planners())
			.changes((c, before, after) -> {
				assertThat(after).hasSize(before.size() + 1);
				BaselineRevision revision = after.get(after.size() - 1);
				assertThat(revision.reason()).isEqualTo("ACM baseline " + c.serial());
				assertThat(revision.revisedBy()).isEqualTo(login(c));
			}));
		all.add(write("write API", kpi, "POST /api/v1/kpis/{id}/baseline-revisions",
				c -> json(post("/api/v1/kpis/{id}/baseline-revisions", s.kpi()),
						"{\"value\":\"" + amount(c) + "\",\"reason\":\"ACM baseline " + c.serial() + "\"}"),
				c -> kpis.baselineRevisions(s.kpi()))
			.prepare(c -> unfix(s.lockable(), s.collection()))
			.passes(s.planners())
			.changes((c, before, after) -> {
				assertThat(after).hasSize(before.size() + 1);
				assertThat(after.get(after.size() - 1).revisedBy()).isEqualTo(login(c));
			}));

		all.add(write("KPI definition", kpi, "POST /kpis/{id}/definition", c -> {
			Kpi now = kpis.findById(s.kpi()).orElseThrow();
			boolean target = now.target() != null;
			return post("/kpis/{id}/definition", s.kpi()).param("kpiName", now.name())
				.param("kpiDirection", now.direction().name())
				.param("targetValue", target ? now.target().value().toPlainString() : "")
				.param("targetYear",
						target && now.target().year() != null ? Integer.toString(now.target().year().value()) : "")
				.param("kpiDefinition", "ACM definition " + c.serial())
				.param("definitionReason", "ACM reason " + c.serial());
		}, c -> kpis.findById(s.kpi()).orElseThrow().definition()).passes(s.planners())
			.changes((c, before, after) -> assertThat(after).isEqualTo("ACM definition " + c.serial())));
		all.add(write("write API", kpi, "PUT /api/v1/kpis/{id}/definition", c -> {
			Kpi now = kpis.findById(s.kpi()).orElseThrow();
			String target = now.target() == null ? "" : now.target().value().toPlainString();
			String targetYear = now.target() == null || now.target().year() == null ? ""
					: Integer.toString(now.target().year().value());
			return json(put("/api/v1/kpis/{id}/definition", s.kpi()),
					"{\"name\":\"" + now.name() + "\",\"direction\":\"" + now.direction().name()
							+ "\",\"targetValue\":\"" + target + "\",\"targetYear\":\"" + targetYear
							+ "\",\"definition\":\"ACM definition " + c.serial() + "\",\"reason\":\"ACM reason "
							+ c.serial() + "\"}");
		}, c -> kpis.findById(s.kpi()).orElseThrow().definition()).passes(s.planners())
			.changes((c, before, after) -> assertThat(after).isEqualTo("ACM definition " + c.serial())));

		// The plan.
		all.addAll(planEdits(s.name(), s.plan(), s.year(), s.planners(), s.lockable(), s.collection()));

		// The report as a draft: for those who read the owner's working values.
		for (String format : List.of("pdf", "xlsx", "html")) {
			all.add(write("report drafts", plan, "GET /plans/{id}/report." + format,
					c -> get("/plans/{id}/report." + format + "?year={y}", s.plan(), s.year()), c -> "")
				.passes(s.readers())
				.notFoundUnless(s.readers()));
		}

		// The collection: its page, every workflow step, remarks.
		all.add(write("collection page", collection, "GET /collections/{id}",
				c -> get("/collections/{id}", s.collection()), c -> "")
			.passes(s.readers())
			.notFoundUnless(s.readers()));
		all.add(write("write API", collection, "GET /api/v1/collections/{id}",
				c -> get("/api/v1/collections/{id}", s.collection()), c -> "")
			.passes(s.readers())
			.notFoundUnless(s.readers()));
		all.add(opening("collection workflow", plan, "POST /plans/{planId}/collections", s.plan(), s.openYear(),
				c -> post("/plans/{id}/collections", s.plan()).param("year", Integer.toString(s.openYear()))
					.param("deadline", deadline))
			.passes(s.planners()));
		all.add(opening("write API", plan, "POST /api/v1/plans/{planId}/collections", s.plan(), s.apiOpenYear(),
				c -> json(post("/api/v1/plans/{id}/collections", s.plan()),
						"{\"fiscalYear\":\"" + s.apiOpenYear() + "\",\"deadline\":\"" + deadline + "\"}"))
			.passes(s.planners()));
		for (String prefix : List.of("", "/api/v1")) {
			String family = prefix.isEmpty() ? "collection workflow" : "write API";
			all.add(step(family, kpi, "POST " + prefix + "/collections/{id}/kpis/{kpiId}/return", s.collection(),
					s.kpi(), "return", "comment", ItemState.SUBMITTED, ItemState.RETURNED, year)
				.passes(s.planners())
				.notFoundUnless(s.readers()));
			all.add(step(family, kpi, "POST " + prefix + "/collections/{id}/kpis/{kpiId}/approve", s.collection(),
					s.kpi(), "approve", null, ItemState.SUBMITTED, ItemState.APPROVED, year)
				.passes(s.planners())
				.notFoundUnless(s.readers()));
			all.add(step(family, kpi, "POST " + prefix + "/collections/{id}/kpis/{kpiId}/reopen", s.collection(),
					s.kpi(), "reopen", "reason", ItemState.APPROVED, ItemState.REOPENED, year)
				.passes(s.planners())
				.notFoundUnless(s.readers()));
			all.add(lock(family, collection, prefix, s.lockable()).passes(s.planners()).notFoundUnless(s.readers()));
		}
		all.add(step("write API", kpi + " (bearer token)", "POST /api/v1/collections/{id}/kpis/{kpiId}/approve",
				s.collection(), s.kpi(), "approve", null, ItemState.SUBMITTED, ItemState.APPROVED, year)
			.passes(s.planners())
			.notFoundUnless(s.readers())
			.token());
		all.add(write("collection workflow", collection, "POST /collections/{id}/remind",
				c -> post("/collections/{id}/remind", s.collection()), c -> collections.reminders(s.collection()))
			.prepare(c -> item(s.collection(), s.otherKpi(), ItemState.OPEN, year))
			.passes(s.planners())
			.notFoundUnless(s.readers())
			.changes((c, before, after) -> {
				assertThat(after).hasSizeGreaterThan(before.size());
				assertThat(after).anyMatch(r -> r.sentBy().equals(login(c)));
			}));
		all.add(addDepartment(collection, s.collection(), s.organisation()).passes(s.planners())
			.notFoundUnless(s.readers()));
		all.add(write("collection workflow", kpi, "POST /collections/{id}/kpis/{kpiId}/department",
				c -> post("/collections/{id}/kpis/{kpiId}/department", s.collection(), s.assignKpi())
					.param("departmentId", Long.toString(s.assignTo())),
				c -> departmentOf(s.assignKpi()))
			.prepare(c -> kpis.assignDepartment(s.assignKpi(), null))
			.passes(s.planners())
			.notFoundUnless(s.readers())
			.changes((c, before, after) -> assertThat(after).contains(s.assignTo())));
		all.add(remark(collection, s.collection(), null).passes(s.remarkers()).notFoundUnless(s.readers()));

		// Values from a sheet (評価指標 and the year's column). A department editor's row of
		// another department's KPI is left alone; the upload itself is accepted.
		all.add(upload(kpi, s.collection(), s.kpi(), year).passes(s.enterers()).notFoundUnless(s.readers()));
		Attempt<Optional<YearlyValue>> uploadOther = upload(other, s.collection(), s.otherKpi(), year)
			.passes(s.otherEnterers())
			.notFoundUnless(s.readers());
		if (s.enterers().contains(Who.DEPARTMENT_EDITOR) && !s.otherEnterers().contains(Who.DEPARTMENT_EDITOR)) {
			uploadOther.outcome(Who.DEPARTMENT_EDITOR, Expect.IGNORED);
		}
		all.add(uploadOther);

		// The plan's export holds working figures: its readers only (others: not found).
		all.add(write("plan import", plan, "GET /plans/{id}/export.xlsx", c -> get("/plans/{id}/export.xlsx", s.plan()),
				c -> "")
			.passes(s.readers())
			.notFoundUnless(s.readers()));
		// An upload for the organisation: its planners only.
		all.add(write("plan import", s.name() + " organisation", "POST /plans/import",
				c -> multipart("/plans/import")
					.file(new MockMultipartFile("file", "acm.csv", "text/csv",
							"基本目標,KPI,単位,基準値,目標値,2020\nACM,ACM指標,人,1,2,1\n".getBytes(StandardCharsets.UTF_8)))
					.param("owner", organisations.findById(s.organisation()).orElseThrow().key()),
				c -> "")
			.passes(s.planners()));
		all.forEach(a -> a.refusal = s.refusal());
		return all;
	}

	/** The collaboration's plan: Iwamizawa plans, Yubari and the bureau read. */
	List<Attempt<?>> zone() {
		List<Attempt<?>> all = new ArrayList<>();
		String deadline = LocalDate.now().plusDays(30).toString();
		all.add(write("collection page", "zone collection", "GET /collections/{id}",
				c -> get("/collections/{id}", zone.collection()), c -> "")
			.passes(zone.readers())
			.notFoundUnless(zone.readers()));
		all.add(write("write API", "zone collection", "GET /api/v1/collections/{id}",
				c -> get("/api/v1/collections/{id}", zone.collection()), c -> "")
			.passes(zone.readers())
			.notFoundUnless(zone.readers()));
		all.add(opening("collection workflow", "zone plan", "POST /plans/{planId}/collections", zone.plan(),
				zone.openYear(),
				c -> post("/plans/{id}/collections", zone.plan()).param("year", Integer.toString(zone.openYear()))
					.param("deadline", deadline))
			.passes(zone.planners()));
		all.add(opening("write API", "zone plan", "POST /api/v1/plans/{planId}/collections", zone.plan(),
				zone.apiOpenYear(),
				c -> json(post("/api/v1/plans/{id}/collections", zone.plan()),
						"{\"fiscalYear\":\"" + zone.apiOpenYear() + "\",\"deadline\":\"" + deadline + "\"}"))
			.passes(zone.planners()));
		all.add(lock("collection workflow", "zone collection", "", zone.collection()).passes(zone.planners())
			.notFoundUnless(zone.readers()));
		all.add(lock("write API", "zone collection", "/api/v1", zone.collection()).passes(zone.planners())
			.notFoundUnless(zone.readers()));
		all.add(addDepartment("zone collection", zone.collection(), zone.organisation()).passes(zone.planners())
			.notFoundUnless(zone.readers()));
		all.add(remark("zone collection", zone.collection(), null).passes(zone.remarkers())
			.notFoundUnless(zone.readers()));
		all.addAll(planEdits("zone", zone.plan(), 2025, zone.planners(), zone.collection()));
		return all;
	}

	/** Ids that do not exist, and one organisation's ids under another's URL. */
	/**
	 * The import's upload page: any signed-in account (it offers the organisations it
	 * plans for).
	 */
	List<Attempt<?>> planImportPage() {
		return List.of(write("plan import", "upload page", "GET /plans/import", c -> get("/plans/import"), c -> "")
			.passes(SIGNED_IN));
	}

	List<Attempt<?>> guessedIds() {
		List<Attempt<?>> all = new ArrayList<>();
		FiscalYear foreignYear = FiscalYear.of(foreign.year());
		FiscalYear ownYear = FiscalYear.of(own.year());
		all.add(write("collection page", "unknown collection", "GET /collections/{id}",
				c -> get("/collections/{id}", UNKNOWN_ID), c -> ""));
		all.add(write("write API", "unknown collection", "GET /api/v1/collections/{id}",
				c -> get("/api/v1/collections/{id}", UNKNOWN_ID), c -> ""));
		all.add(write("collection workflow", "unknown collection", "POST /collections/{id}/lock",
				c -> post("/collections/{id}/lock", UNKNOWN_ID), c -> ""));
		all.add(write("write API", "unknown collection", "POST /api/v1/collections/{id}/kpis/{kpiId}/approve",
				c -> post("/api/v1/collections/{id}/kpis/{kpiId}/approve", UNKNOWN_ID, own.kpi()), c -> ""));
		all.add(write("collection workflow", "unknown plan", "POST /plans/{planId}/collections",
				c -> post("/plans/{id}/collections", UNKNOWN_ID).param("year", "2027")
					.param("deadline", LocalDate.now().plusDays(30).toString()),
				c -> ""));
		all.add(write("value entry", "unknown KPI", "POST /kpis/{id}/values",
				c -> post("/kpis/{id}/values", UNKNOWN_ID).param("year", "2027").param("value", "1"), c -> ""));
		all.add(write("write API", "unknown KPI", "PUT /api/v1/kpis/{id}/values/{year}",
				c -> json(put("/api/v1/kpis/{id}/values/{year}", UNKNOWN_ID, 2027), "{\"value\":\"1\"}"), c -> ""));
		all.add(write("collection workflow", "unknown collection", UPLOAD,
				c -> multipart("/collections/{id}/upload", UNKNOWN_ID).file(new MockMultipartFile("sheet", "acm.csv",
						"text/csv", "評価指標,2027\n".getBytes(StandardCharsets.UTF_8))),
				c -> ""));
		all.add(write("plan import", "unknown upload", "GET /plans/import/{token}",
				c -> get("/plans/import/{token}", "00acm00"), c -> ""));
		all.add(write("plan import", "unknown upload", "POST /plans/import/{token}",
				c -> post("/plans/import/{token}", "00acm00").param("action", "commit"), c -> ""));
		all.forEach(a -> a.refusal = Expect.NOT_FOUND);

		List<Attempt<?>> crossed = new ArrayList<>();
		for (String prefix : List.of("", "/api/v1")) {
			String family = prefix.isEmpty() ? "collection workflow" : "write API";
			crossed.add(write(family, "foreign KPI under the own collection",
					"POST " + prefix + "/collections/{id}/kpis/{kpiId}/approve",
					c -> post(prefix + "/collections/{id}/kpis/{kpiId}/approve", own.collection(), foreign.kpi()),
					c -> collections.item(foreign.collection(), foreign.kpi()))
				.prepare(c -> item(foreign.collection(), foreign.kpi(), ItemState.SUBMITTED, foreignYear)));
			crossed.add(write(family, "own KPI under the foreign collection",
					"POST " + prefix + "/collections/{id}/kpis/{kpiId}/approve",
					c -> post(prefix + "/collections/{id}/kpis/{kpiId}/approve", foreign.collection(), own.kpi()),
					c -> collections.item(own.collection(), own.kpi()))
				.prepare(c -> item(own.collection(), own.kpi(), ItemState.SUBMITTED, ownYear)));
			crossed.add(write(family, "foreign KPI under the own collection",
					"POST " + prefix + "/collections/{id}/kpis/{kpiId}/submit",
					c -> post(prefix + "/collections/{id}/kpis/{kpiId}/submit", own.collection(), foreign.kpi()),
					c -> collections.item(foreign.collection(), foreign.kpi()))
				.prepare(c -> item(foreign.collection(), foreign.kpi(), ItemState.OPEN, foreignYear)));
		}
		crossed.add(write("collection workflow", "foreign KPI under the own collection",
				"POST /collections/{id}/kpis/{kpiId}/department",
				c -> post("/collections/{id}/kpis/{kpiId}/department", own.collection(), foreign.assignKpi())
					.param("departmentId", Long.toString(foreign.assignTo())),
				c -> departmentOf(foreign.assignKpi()))
			.prepare(c -> kpis.assignDepartment(foreign.assignKpi(), null)));
		crossed.add(remark("foreign KPI under the own collection", own.collection(), foreign.shownKpi()));
		crossed.forEach(a -> a.refusal = Expect.FORBIDDEN_OR_NOT_FOUND);
		all.addAll(crossed);

		// A department of another organisation put in charge of an own KPI: the planner
		// is
		// refused (nothing changes), everybody else may not assign at all.
		all.add(write("collection workflow", "foreign department for an own KPI",
				"POST /collections/{id}/kpis/{kpiId}/department",
				c -> post("/collections/{id}/kpis/{kpiId}/department", own.collection(), own.assignKpi())
					.param("departmentId", Long.toString(foreign.assignTo())),
				c -> departmentOf(own.assignKpi()))
			.prepare(c -> kpis.assignDepartment(own.assignKpi(), null))
			.passes(own.planners())
			.notFoundUnless(own.readers())
			.passing(Expect.REFUSED));
		// Another account's API token: revoking it by its id leaves it as it is.
		all.add(write("own account", "another account's token", "POST /account/tokens/{id}/revoke",
				c -> post("/account/tokens/{id}/revoke", foreignTokenId), c -> apiTokens.of(foreignTokenOwner))
			.passes(SIGNED_IN)
			.passing(Expect.IGNORED));
		return all;
	}

	/** The dashboard and the own account: any signed-in account, nobody else. */
	List<Attempt<?>> ownAccount() {
		List<Attempt<?>> all = new ArrayList<>();
		all.add(write("dashboard", "own dashboard", "GET /me", c -> get("/me"), c -> "").passes(SIGNED_IN));
		all.add(write("own account", "own account", "GET /account", c -> get("/account"), c -> "").passes(SIGNED_IN));
		all.add(write("own account", "own tokens", "POST /account/tokens",
				c -> post("/account/tokens").param("name", "acm " + c.serial()), c -> tokensOf(c.who()))
			.passes(SIGNED_IN)
			.changes((c, before, after) -> assertThat(after).hasSize(before.size() + 1)));
		all.add(write("own account", "own password", "POST /account/password",
				c -> post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
					.param("password", "ACM password " + c.serial()),
				c -> c.who() == Who.PUBLIC ? Optional.<String>empty() : accountRepository.passwordDigest(login(c)))
			.passes(SIGNED_IN)
			.changes((c, before, after) -> assertThat(after).isPresent().isNotEqualTo(before)));
		return all;
	}

	/** The administration pages: administrators only. */
	List<Attempt<?>> administration() {
		List<Attempt<?>> all = new ArrayList<>();
		Set<Who> admin = EnumSet.of(Who.ADMIN);
		all.add(write("administration", "accounts", "GET /admin/accounts", c -> get("/admin/accounts"), c -> "")
			.passes(admin));
		all.add(write("administration", "accounts", "POST /admin/accounts",
				c -> post("/admin/accounts").param("login", "acm-opened-" + c.serial())
					.param("displayName", "ACM " + c.serial())
					.param("email", "acm-opened-" + c.serial() + "@example.jp")
					.param("password", TestAccounts.PASSWORD),
				c -> accountRepository.findByLogin("acm-opened-" + c.serial()).map(Account::login))
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isPresent()));
		all.add(write("administration", "another account's grants", "POST /admin/accounts/{id}/grants",
				c -> post("/admin/accounts/{id}/grants", grantee.accountId())
					.param("organisationId", Long.toString(hokkaido))
					.param("role", Role.PLANNER.name()),
				c -> grantsOf(grantee))
			.prepare(c -> opening.revoke(grantee.accountId(), hokkaido, Role.PLANNER, FIXTURE))
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).contains(new Grant(hokkaido, Role.PLANNER, null))));
		all.add(write("administration", "another account's grants", "POST /admin/accounts/{id}/grants/revoke",
				c -> post("/admin/accounts/{id}/grants/revoke", grantee.accountId())
					.param("organisationId", Long.toString(hokkaido))
					.param("role", Role.PLANNER.name()),
				c -> grantsOf(grantee))
			.prepare(c -> {
				if (!grantsOf(grantee).contains(new Grant(hokkaido, Role.PLANNER, null))) {
					opening.grant(grantee.accountId(), new Grant(hokkaido, Role.PLANNER, null), FIXTURE);
				}
			})
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).doesNotContain(new Grant(hokkaido, Role.PLANNER, null))));
		all.add(write("administration", "another account", "POST /admin/accounts/{id}/enabled",
				c -> post("/admin/accounts/{id}/enabled", grantee.accountId()).param("enabled", "false"),
				c -> accountRepository.findById(grantee.accountId()).orElseThrow().enabled())
			.prepare(c -> opening.setEnabled(grantee.accountId(), true, FIXTURE))
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isFalse()));
		all.add(write("administration", "another account", "POST /admin/accounts/{id}/password",
				c -> post("/admin/accounts/{id}/password", grantee.accountId()).param("password",
						"acm reset passphrase " + c.serial()),
				c -> accountRepository.passwordDigest(grantee.login()).orElse(""))
			.prepare(c -> opening.setEnabled(grantee.accountId(), true, FIXTURE))
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isNotEqualTo(before)));
		return all;
	}

	/**
	 * The organisation administration (orgadmin): administrators only, on a council and a
	 * region of the matrix's own.
	 */
	List<Attempt<?>> organisationAdministration() {
		List<Attempt<?>> all = new ArrayList<>();
		Set<Who> admin = EnumSet.of(Who.ADMIN);
		long council = organisations.findByKey("acm-council")
			.map(Organization::id)
			.orElseGet(() -> organisations
				.add(new NewOrganization("acm-council", "ACM 協議会", OrganizationKind.COUNCIL, null, null)));
		long department = departments.addOrFind(council, DepartmentName.of("ACM 事務局").orRefuse("name")).id();
		long iwamizawa = accounts.organisation("iwamizawa");
		long yubari = accounts.organisation("yubari");
		long mikasa = accounts.organisation("mikasa");
		long region = organisations.findByKey("acm-region").map(Organization::id).orElseGet(() -> {
			long id = organisations
				.add(new NewOrganization("acm-region", "ACM 連携地域", OrganizationKind.WIDE_AREA_REGION, null, null));
			organisations.addMember(id, iwamizawa, CollaborationRole.MEMBER);
			organisations.addMember(id, yubari, CollaborationRole.MEMBER);
			return id;
		});
		Function<Cell, List<String>> members = c -> organisations.membersOf(region)
			.stream()
			.map(m -> m.member().key())
			.toList();
		all.add(write("organisation administration", "organisations", "GET /admin/organisations",
				c -> get("/admin/organisations"), c -> "")
			.passes(admin));
		all.add(write("organisation administration", "an organisation", "GET /admin/organisations/{id}",
				c -> get("/admin/organisations/{id}", council), c -> "")
			.passes(admin));
		all.add(write("organisation administration", "organisations", "POST /admin/organisations",
				c -> post("/admin/organisations").param("kind", "COUNCIL").param("name", "ACM 新協議会 " + c.serial()),
				c -> organisations.findAll().stream().anyMatch(o -> o.name().equals("ACM 新協議会 " + c.serial())))
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isTrue()));
		all.add(write("organisation administration", "an organisation", "POST /admin/organisations/{id}",
				c -> post("/admin/organisations/{id}", council).param("kind", "COUNCIL")
					.param("name", "ACM 協議会 " + c.serial()),
				c -> organisations.findById(council).orElseThrow().name())
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isEqualTo("ACM 協議会 " + c.serial())));
		all.add(write("organisation administration", "an organisation's departments",
				"POST /admin/organisations/{id}/departments",
				c -> post("/admin/organisations/{id}/departments", council).param("name", "ACM 課 " + c.serial()),
				c -> departments.ofOrganisation(council).stream().map(Department::name).toList())
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).contains("ACM 課 " + c.serial())));
		all.add(write("organisation administration", "an organisation's departments",
				"POST /admin/organisations/{id}/departments/{departmentId}",
				c -> post("/admin/organisations/{id}/departments/{departmentId}", council, department).param("name",
						"ACM 事務局 " + c.serial()),
				c -> departments.findById(department).orElseThrow().name())
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isEqualTo("ACM 事務局 " + c.serial())));
		all.add(write("organisation administration", "collaborations", "POST /admin/organisations/collaborations",
				c -> post("/admin/organisations/collaborations").param("kind", "WIDE_AREA_REGION")
					.param("name", "ACM 圏 " + c.serial())
					.param("memberIds", Long.toString(iwamizawa), Long.toString(yubari)),
				c -> organisations.findAll().stream().anyMatch(o -> o.name().equals("ACM 圏 " + c.serial())))
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isTrue()));
		all.add(write("organisation administration", "a collaboration's members",
				"POST /admin/organisations/{id}/members",
				c -> post("/admin/organisations/{id}/members", region).param("memberId", Long.toString(mikasa))
					.param("role", "MEMBER"),
				members)
			.prepare(c -> {
				if (members.apply(c).contains("mikasa")) {
					register.removeMember(region, mikasa);
				}
			})
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).contains("mikasa")));
		all.add(write("organisation administration", "a collaboration's members",
				"POST /admin/organisations/{id}/members/{memberId}/remove",
				c -> post("/admin/organisations/{id}/members/{memberId}/remove", region, mikasa), members)
			.prepare(c -> {
				if (!members.apply(c).contains("mikasa")) {
					organisations.addMember(region, mikasa, CollaborationRole.MEMBER);
				}
			})
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).doesNotContain("mikasa")));
		all.add(write("organisation administration", "the national list", "POST /admin/organisations/import",
				c -> multipart("/admin/organisations/import")
					.file(new MockMultipartFile("file", "list.csv", "text/csv",
							"団体コード,都道府県名（漢字）,市区町村名（漢字）\n380008,愛媛県,\n".getBytes(StandardCharsets.UTF_8)))
					.param("mode", "commit"),
				c -> organisations.findAll().stream().anyMatch(o -> o.name().equals("愛媛県")))
			.passes(admin)
			.changes((c, before, after) -> assertThat(after).isTrue()));
		return all;
	}

	List<Attempt<?>> planEdits(String site, long plan, int year, Set<Who> planners, long... collections) {
		return List.of(write("plan edits", site + " plan", "POST /plans/{id}/scheme",
				c -> post("/plans/{id}/scheme", plan).param("scheme", "sabc")
					.param("schemeReason", "ACM scheme " + c.serial()),
				c -> plans.findById(plan).orElseThrow().scheme())
			.prepare(c -> {
				unfix(collections);
				plans.changeScheme(plan, "ratio", FIXTURE);
			})
			.passes(planners)
			.changes((c, before, after) -> assertThat(after).isEqualTo("sabc")),
				write("write API", site + " plan", "PUT /api/v1/plans/{id}/scheme",
						c -> json(put("/api/v1/plans/{id}/scheme", plan),
								"{\"scheme\":\"sabc\",\"reason\":\"ACM scheme " + c.serial() + "\"}"),
						c -> plans.findById(plan).orElseThrow().scheme())
					.prepare(c -> {
						unfix(collections);
						plans.changeScheme(plan, "ratio", FIXTURE);
					})
					.passes(planners)
					.changes((c, before, after) -> assertThat(after).isEqualTo("sabc")),
				write("write API", site + " plan", "PUT /api/v1/plans/{id}/analyses/{year}",
						c -> json(put("/api/v1/plans/{id}/analyses/{year}", plan, year),
								"{\"text\":\"ACM analysis " + c.serial() + "\"}"),
						c -> analyses.find(plan, FiscalYear.of(year)))
					.prepare(c -> unfix(collections))
					.passes(planners)
					.changes((c, before, after) -> {
						assertThat(after).isPresent();
						assertThat(after.get().text()).isEqualTo("ACM analysis " + c.serial());
						assertThat(after.get().updatedBy()).isEqualTo(login(c));
					}),
				write("plan edits", site + " plan", "POST /plans/{id}/analysis",
						c -> post("/plans/{id}/analysis", plan).param("year", Integer.toString(year))
							.param("text", "ACM analysis " + c.serial()),
						c -> analyses.find(plan, FiscalYear.of(year)))
					.prepare(c -> unfix(collections))
					.passes(planners)
					.changes((c, before, after) -> {
						assertThat(after).isPresent();
						assertThat(after.get().text()).isEqualTo("ACM analysis " + c.serial());
						assertThat(after.get().updatedBy()).isEqualTo(login(c));
					}));
	}

	Attempt<Optional<CollectionItem>> step(String family, String target, String mapping, long collection, long kpi,
			String action, String textField, ItemState from, ItemState to, FiscalYear year) {
		boolean api = mapping.startsWith("POST /api/");
		return write(family, target, mapping, c -> {
			String uri = (api ? "/api/v1" : "") + "/collections/{id}/kpis/{kpiId}/" + action;
			MockHttpServletRequestBuilder request = post(uri, collection, kpi);
			String text = "ACM " + action + " " + c.serial();
			if (textField != null && api) {
				return json(request, "{\"" + textField + "\":\"" + text + "\"}");
			}
			return textField == null ? request : request.param(textField, text);
		}, c -> collections.item(collection, kpi)).prepare(c -> item(collection, kpi, from, year))
			.changes((c, before, after) -> {
				assertThat(after).isPresent();
				assertThat(after.get().state()).isEqualTo(to);
				assertThat(after.get().updatedBy()).isEqualTo(login(c));
			});
	}

	Attempt<Optional<YearlyValue>> upload(String target, long collection, long kpi, FiscalYear year) {
		String name = kpis.findById(kpi).orElseThrow().name();
		return write("collection workflow", target, UPLOAD, c -> {
			String sheet = "評価指標," + year.value() + "\n\"" + name + "\"," + amount(c) + "\n";
			return multipart("/collections/{id}/upload", collection)
				.file(new MockMultipartFile("sheet", "acm.csv", "text/csv", sheet.getBytes(StandardCharsets.UTF_8)));
		}, c -> kpis.findValue(kpi, year)).prepare(c -> {
			item(collection, kpi, ItemState.OPEN, year);
			// A sheet never overwrites a value somebody else entered during the
			// collection
			// (UploadTests); this cell is about who may upload at all.
			kpis.deleteValue(kpi, year, null, "acm-fixture");
		}).changes((c, before, after) -> assertValue(c, after));
	}

	Attempt<CollectionState> lock(String family, String target, String prefix, long collection) {
		return write(family, target, "POST " + prefix + "/collections/{id}/lock",
				c -> post(prefix + "/collections/{id}/lock", collection),
				c -> collections.findById(collection).orElseThrow().state())
			.prepare(c -> approveAll(collection))
			.changes((c, before, after) -> assertThat(after).isEqualTo(CollectionState.LOCKED));
	}

	Attempt<Optional<jp.suishin.collection.Collection>> opening(String family, String target, String mapping, long plan,
			int year, Function<Cell, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
		return write(family, target, mapping, request, c -> collections.find(plan, FiscalYear.of(year)))
			.changes((c, before, after) -> {
				assertThat(after).isPresent();
				assertThat(after.get().openedBy()).isEqualTo(login(c));
			});
	}

	Attempt<List<String>> addDepartment(String target, long collection, long organisation) {
		return write("collection workflow", target, "POST /collections/{id}/departments",
				c -> post("/collections/{id}/departments", collection).param("name", "ACM 課 " + c.serial()),
				c -> departments.ofOrganisation(organisation).stream().map(Department::name).toList())
			.changes((c, before, after) -> assertThat(after).contains("ACM 課 " + c.serial()));
	}

	Attempt<List<String>> remark(String target, long collection, Long kpi) {
		return write("remarks", target, "POST /collections/{id}/remarks", c -> {
			MockHttpServletRequestBuilder request = post("/collections/{id}/remarks", collection).param("text",
					"ACM remark " + c.serial());
			return kpi == null ? request : request.param("kpiId", Long.toString(kpi));
		}, c -> collections.remarks(collection).stream().map(r -> r.writtenBy() + ": " + r.text()).toList())
			.changes((c, before, after) -> assertThat(after).contains(login(c) + ": ACM remark " + c.serial()));
	}

	// ---------------------------------------------------------------- fixture helpers

	long open(Viewer planner, long plan, int year) {
		CollectingValues.Opening opening = collecting.open(planner, plan, Integer.toString(year),
				LocalDate.now().plusDays(30).toString());
		assertThat(opening.problems()).isEmpty();
		return opening.collectionId();
	}

	long kpi(String key) {
		return kpis.findByKey(key).orElseThrow().id();
	}

	void enter(long kpi, int year, String value) {
		RecordingOutcome outcome = recording.record(new ValueEntry(kpi, Integer.toString(year), value, "CONFIRMED",
				null, null, version(kpi, FiscalYear.of(year))), FIXTURE);
		assertThat(outcome).isInstanceOf(RecordingOutcome.Recorded.class);
	}

	int version(long kpi, FiscalYear year) {
		return kpis.findValue(kpi, year).map(YearlyValue::version).orElse(0);
	}

	/**
	 * Opens the collection and puts an item in a state, with a value when it needs one.
	 */
	void item(long collection, long kpi, ItemState state, FiscalYear year) {
		if (collections.findById(collection).orElseThrow().state() != CollectionState.OPEN) {
			collections.setState(collection, CollectionState.OPEN);
		}
		if (kpis.findValue(kpi, year).isEmpty()) {
			enter(kpi, year.value(), "7");
		}
		ItemState now = collections.item(collection, kpi).orElseThrow().state();
		if (now != state) {
			assertThat(collections.moveItem(collection, kpi, now, state, null, FIXTURE)).isTrue();
		}
	}

	/**
	 * Opens the collections and their approved items again, so that nothing of their
	 * years is fixed (what a locked year refuses is the locked-year contract's).
	 */
	void unfix(long... collectionIds) {
		for (long collection : collectionIds) {
			if (collections.findById(collection).orElseThrow().state() != CollectionState.OPEN) {
				collections.setState(collection, CollectionState.OPEN);
			}
			for (CollectionItem item : collections.items(collection)) {
				if (item.state() == ItemState.APPROVED) {
					assertThat(collections.moveItem(collection, item.kpiId(), ItemState.APPROVED, ItemState.OPEN, null,
							FIXTURE))
						.isTrue();
				}
			}
		}
	}

	/** Opens the collection with every item approved, so that it can be locked. */
	void approveAll(long collection) {
		if (collections.findById(collection).orElseThrow().state() != CollectionState.OPEN) {
			collections.setState(collection, CollectionState.OPEN);
		}
		for (CollectionItem item : collections.items(collection)) {
			if (item.state() != ItemState.APPROVED) {
				assertThat(
						collections.moveItem(collection, item.kpiId(), item.state(), ItemState.APPROVED, null, FIXTURE))
					.isTrue();
			}
		}
	}

	Optional<Long> departmentOf(long kpi) {
		return kpis.findById(kpi).map(Kpi::departmentId);
	}

	List<Grant> grantsOf(Viewer viewer) {
		return accountRepository.findById(viewer.accountId()).orElseThrow().grants();
	}

	List<String> tokensOf(Who who) {
		if (who == Who.PUBLIC) {
			return List.of();
		}
		return apiTokens.of(viewers.get(who).accountId()).stream().map(t -> t.id() + " " + t.revoked()).toList();
	}

	String login(Cell cell) {
		return viewers.get(cell.who()).login();
	}

	/** A figure of its own for each cell, so that a stored change shows who made it. */
	static String amount(Cell cell) {
		return Integer.toString(10_000 + cell.serial());
	}

	static BigDecimal number(Cell cell) {
		return BigDecimal.valueOf(10_000 + cell.serial());
	}

	void assertValue(Cell cell, Optional<YearlyValue> after) {
		assertThat(after).isPresent();
		assertThat(after.get().actual().amount())
			.hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(number(cell)));
		assertThat(after.get().updatedBy()).isEqualTo(login(cell));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	// ---------------------------------------------------------------- cells and attempts

	/** One role making one request. */
	record Cell(Who who, Attempt<?> attempt, Expect expect, int serial) {

		@Override
		public String toString() {
			return who + " × " + attempt.family + " × " + attempt.target + " (" + attempt.mapping + ") → "
					+ expect.label;
		}

	}

	/** Checks the change an allowed request stored. */
	interface Check<T> {

		void verify(Cell cell, T before, T after);

	}

	Attempt<Object> read(String family, String target, String mapping,
			Function<Cell, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
		Attempt<Object> attempt = new Attempt<>(family, target, mapping, request, c -> "");
		attempt.reads = true;
		return attempt;
	}

	<T> Attempt<T> write(String family, String target, String mapping,
			Function<Cell, ? extends AbstractMockHttpServletRequestBuilder<?>> request, Function<Cell, T> observe) {
		return new Attempt<>(family, target, mapping, request, observe);
	}

	/**
	 * One concrete request on one target, what it would change, and who may make it.
	 *
	 * @param <T> what the request changes, as the test reads it from the repositories
	 */
	static final class Attempt<T> {

		final String family;

		final String target;

		/** The handler's mapping, as {@code METHOD /pattern}. */
		final String mapping;

		final Function<Cell, ? extends AbstractMockHttpServletRequestBuilder<?>> request;

		final Function<Cell, T> observe;

		Consumer<Cell> prepare = c -> {
		};

		Check<T> change = (c, before, after) -> {
		};

		Set<Who> passes = NOBODY;

		Expect passing = Expect.SUCCEEDS;

		Expect refusal = Expect.FORBIDDEN;

		boolean reads;

		boolean token;

		String needle;

		Set<Who> seesNeedle = NOBODY;

		/**
		 * Outcomes of single roles that differ from {@link #passing} and
		 * {@link #refusal}.
		 */
		final Map<Who, Expect> outcomes = new EnumMap<>(Who.class);

		Attempt(String family, String target, String mapping,
				Function<Cell, ? extends AbstractMockHttpServletRequestBuilder<?>> request, Function<Cell, T> observe) {
			this.family = family;
			this.target = target;
			this.mapping = mapping;
			this.request = request;
			this.observe = observe;
		}

		Attempt<T> prepare(Consumer<Cell> prepare) {
			this.prepare = prepare;
			return this;
		}

		Attempt<T> changes(Check<T> change) {
			this.change = change;
			return this;
		}

		Attempt<T> passes(Set<Who> passes) {
			this.passes = passes;
			return this;
		}

		Attempt<T> passing(Expect passing) {
			this.passing = passing;
			return this;
		}

		Attempt<T> outcome(Who who, Expect outcome) {
			this.outcomes.put(who, outcome);
			return this;
		}

		/**
		 * A collection is not public: for a signed-in account that may not read it, it
		 * does not exist (404, as an unknown id), whatever it asks of it.
		 */
		Attempt<T> notFoundUnless(Set<Who> readers) {
			for (Who who : SIGNED_IN) {
				if (!readers.contains(who)) {
					this.outcomes.put(who, Expect.NOT_FOUND);
				}
			}
			return this;
		}

		Attempt<T> token() {
			this.token = true;
			return this;
		}

		Attempt<T> needle(String needle, Set<Who> seesNeedle) {
			this.needle = needle;
			this.seesNeedle = seesNeedle;
			return this;
		}

		boolean api() {
			return mapping.substring(mapping.indexOf(' ') + 1).startsWith("/api/");
		}

	}

}
