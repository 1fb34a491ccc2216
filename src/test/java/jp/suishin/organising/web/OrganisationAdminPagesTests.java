package jp.suishin.organising.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's organisation pages over the whole application (security filters,
 * CSRF, the session, the database): the forms work for an administrator, and every write
 * is refused to a planner (403) and to the public (sign-in), storing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class OrganisationAdminPagesTests {

	/** A made-up list in the ministry's layout: 山梨県 with two cities, as CSV. */
	static final String LIST = """
			全国地方公共団体コード
			団体コード,都道府県名（漢字）,市区町村名（漢字）,都道府県名（カナ）,市区町村名（カナ）
			190004,山梨県,,ﾔﾏﾅｼｹﾝ,
			192015,山梨県,甲府市,ﾔﾏﾅｼｹﾝ,ｺｳﾌｼ
			192023,山梨県,富士吉田市,ﾔﾏﾅｼｹﾝ,ﾌｼﾞﾖｼﾀﾞｼ
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	DepartmentRepository departments;

	@Autowired
	JdbcClient jdbc;

	Viewer admin;

	Viewer planner;

	@BeforeEach
	void accounts() {
		admin = accounts.administrator("oap-admin");
		planner = accounts.account("oap-planner", "iwamizawa", Role.PLANNER);
	}

	long auditEntries() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
	}

	Organization byName(String name) {
		return organisations.findAll().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theOverview_showsTheFormsToAnAdministrator_andIsRefusedToOthers() throws Exception {
		MvcTestResult page = mvc.get().uri("/admin/organisations").with(accounts.as(admin)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("団体の登録", "広域連携の設立", "全国地方公共団体コードの取込", "岩見沢市", "iwamizawa", "name=\"_csrf\"");
		assertThat(mvc.get().uri("/admin/organisations").with(accounts.as(planner)).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/admin/organisations").exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		long iwamizawa = accounts.organisation("iwamizawa");
		assertThat(mvc.get().uri("/admin/organisations/{id}", iwamizawa).with(accounts.as(planner)).exchange())
			.hasStatus(403);
	}

	@Test
	void thePages_haveEveryTextInBothLanguages() {
		long zone = accounts.organisation("south-sorachi-zone");
		for (String lang : List.of("ja", "en")) {
			for (String uri : List.of("/admin/organisations", "/admin/organisations/" + zone,
					"/admin/organisations/" + accounts.organisation("iwamizawa"))) {
				MvcTestResult page = mvc.get().uri(uri + "?lang=" + lang).with(accounts.as(admin)).exchange();
				assertThat(page).hasStatusOk();
				assertThat(body(page)).as(uri + " in " + lang).doesNotContain("??");
			}
			MvcTestResult imported = mvc.post()
				.uri("/admin/organisations/import?lang=" + lang)
				.multipart()
				.file(new MockMultipartFile("file", "list.csv", "text/csv",
						LIST.replace("192015", "192016").getBytes(StandardCharsets.UTF_8)))
				.with(accounts.as(admin))
				.with(csrf())
				.exchange();
			assertThat(body(imported)).as("the import's problems in " + lang).doesNotContain("??").contains("192016");
		}
		assertThat(body(mvc.get().uri("/admin/organisations?lang=en").with(accounts.as(admin)).exchange()))
			.contains("Register an organisation", "Import the national list");
	}

	@Test
	void thePublicOrganisationsPage_staysOpen_andLinksAdministratorsToTheirPages() {
		assertThat(mvc.get().uri("/organisations").exchange()).hasStatusOk()
			.bodyText()
			.contains("岩見沢市")
			.doesNotContain("/admin/organisations");
		assertThat(mvc.get().uri("/organisations").with(accounts.as(admin)).exchange()).hasStatusOk()
			.bodyText()
			.contains("/admin/organisations");
	}

	@Test
	void anAdministrator_registersAnOrganisation_seesItsPage_andIsToldWhatIsWrongInJapanese() throws Exception {
		long hokkaido = accounts.organisation("hokkaido");
		MvcTestResult invalid = mvc.post()
			.uri("/admin/organisations")
			.param("kind", "MUNICIPALITY")
			.param("name", "")
			.param("parentId", Long.toString(hokkaido))
			.param("code", "014318")
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(invalid).hasStatus(422);
		assertThat(body(invalid)).contains("名称を入力してください。", "地方公共団体コード「014318」の検査数字が正しくありません（正しくは1）。");

		MvcTestResult registered = mvc.post()
			.uri("/admin/organisations")
			.param("kind", "MUNICIPALITY")
			.param("name", "ページ町")
			.param("parentId", Long.toString(hokkaido))
			.param("code", "014311")
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		Organization town = byName("ページ町");
		assertThat(registered).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/organisations/" + town.id());
		assertThat(town.parentId()).isEqualTo(hokkaido);

		assertThat(mvc.post()
			.uri("/admin/organisations/{id}", town.id())
			.param("kind", "MUNICIPALITY")
			.param("name", "ページ市")
			.param("parentId", Long.toString(hokkaido))
			.param("code", "014311")
			.with(accounts.as(admin))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(organisations.findById(town.id()).orElseThrow().name()).isEqualTo("ページ市");

		assertThat(mvc.post()
			.uri("/admin/organisations/{id}/departments", town.id())
			.param("name", "総務課")
			.with(accounts.as(admin))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		MvcTestResult page = mvc.get().uri("/admin/organisations/{id}", town.id()).with(accounts.as(admin)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("ページ市", "総務課", "lg-014311");
	}

	@Test
	void anAdministrator_formsACollaboration_andManagesItsMembersFromItsPage() throws Exception {
		long bibai = accounts.organisation("bibai");
		long mikasa = accounts.organisation("mikasa");
		assertThat(mvc.post()
			.uri("/admin/organisations/collaborations")
			.param("kind", "SETTLEMENT_ZONE")
			.param("name", "ページ定住自立圏")
			.param("centerId", Long.toString(bibai))
			.param("memberIds", Long.toString(mikasa))
			.with(accounts.as(admin))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		Organization zone = byName("ページ定住自立圏");
		MvcTestResult page = mvc.get().uri("/admin/organisations/{id}", zone.id()).with(accounts.as(admin)).exchange();
		assertThat(body(page)).contains("美唄市", "三笠市", "中心市", "構成団体を追加");

		MvcTestResult refused = mvc.post()
			.uri("/admin/organisations/{id}/members/{m}/remove", zone.id(), bibai)
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus3xxRedirection();
		assertThat(refused.getMvcResult().getFlashMap().get("problem")).asString().contains("定住自立圏の中心市のため外せません");
		assertThat(organisations.membersOf(zone.id())).hasSize(2);

		MvcTestResult invalid = mvc.post()
			.uri("/admin/organisations/collaborations")
			.param("kind", "SETTLEMENT_ZONE")
			.param("name", "中心のない圏")
			.param("memberIds", Long.toString(mikasa), Long.toString(bibai))
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(invalid).hasStatus(422);
		assertThat(body(invalid)).contains("定住自立圏には中心市が必要です。");
	}

	@Test
	void theNationalList_dryRunShowsWhatWouldBeCreated_thenTheCommitStoresIt_andASecondImportChangesNothing()
			throws Exception {
		byte[] file = LIST.getBytes(java.nio.charset.Charset.forName("Windows-31J"));
		int before = organisations.findAll().size();

		MvcTestResult dryRun = mvc.post()
			.uri("/admin/organisations/import")
			.multipart()
			.file(new MockMultipartFile("file", "000925835.csv", "text/csv", file))
			.param("mode", "dry-run")
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(dryRun).hasStatusOk();
		assertThat(body(dryRun)).contains("試行結果（まだ保存していません）", "新規 3 件・変更 0 件", "山梨県", "甲府市", "富士吉田市", "この内容で取り込む");
		assertThat(organisations.findAll()).hasSize(before);

		String digest = OrganisationAdminController.digest(file);
		MvcTestResult commit = mvc.post()
			.uri("/admin/organisations/import")
			.multipart()
			.param("mode", "commit")
			.param("digest", digest)
			.cookie(dryRun.getResponse().getCookies())
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(commit).hasStatusOk();
		assertThat(body(commit)).contains("取り込みました", "新規 3 件");
		assertThat(organisations.findAll()).hasSize(before + 3);
		assertThat(byName("甲府市").parentId()).isEqualTo(byName("山梨県").id());

		long entries = auditEntries();
		MvcTestResult again = mvc.post()
			.uri("/admin/organisations/import")
			.multipart()
			.file(new MockMultipartFile("file", "000925835.csv", "text/csv", file))
			.param("mode", "commit")
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(body(again)).contains("新規 0 件・変更 0 件・変更なし 3 件", "変更はありません");
		assertThat(auditEntries()).isEqualTo(entries);
	}

	@Test
	void aListWithABadRow_isShownWithRowColumnAndMessage_andNothingIsStored() throws Exception {
		byte[] file = LIST.replace("192015", "192016").getBytes(StandardCharsets.UTF_8);
		int before = organisations.findAll().size();
		MvcTestResult result = mvc.post()
			.uri("/admin/organisations/import")
			.multipart()
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", file))
			.param("mode", "commit")
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(body(result)).contains("問題があるため、何も保存していません", "192016", "検査数字が正しくありません");
		assertThat(organisations.findAll()).hasSize(before);

		MvcTestResult noHeader = mvc.post()
			.uri("/admin/organisations/import")
			.multipart()
			.file(new MockMultipartFile("file", "plans.csv", "text/csv",
					"基本目標,施策,KPI\n1,2,3\n".getBytes(StandardCharsets.UTF_8)))
			.with(accounts.as(admin))
			.with(csrf())
			.exchange();
		assertThat(noHeader).hasStatus(422);
		assertThat(body(noHeader)).contains("見出し行（団体コード・都道府県名（漢字）・市区町村名（漢字））が見つかりません。");
	}

	/** A request to one write endpoint, sent as somebody. */
	interface Write {

		MvcTestResult send(RequestPostProcessor who);

	}

	static RequestPostProcessor both(RequestPostProcessor first, RequestPostProcessor second) {
		return request -> second.postProcessRequest(first.postProcessRequest(request));
	}

	/** Every write endpoint of these pages, as one request each. */
	List<Write> writes() {
		long iwamizawa = accounts.organisation("iwamizawa");
		long zone = accounts.organisation("south-sorachi-zone");
		long department = accounts.department("iwamizawa", "企画課").id();
		return List.of(
				who -> mvc.post()
					.uri("/admin/organisations")
					.param("kind", "COUNCIL")
					.param("name", "拒否協議会")
					.with(who)
					.exchange(),
				who -> mvc.post()
					.uri("/admin/organisations/{id}", iwamizawa)
					.param("kind", "MUNICIPALITY")
					.param("name", "拒否市")
					.param("parentId", Long.toString(accounts.organisation("sorachi-bureau")))
					.param("code", "012106")
					.with(who)
					.exchange(),
				who -> mvc.post()
					.uri("/admin/organisations/{id}/departments", iwamizawa)
					.param("name", "拒否課")
					.with(who)
					.exchange(),
				who -> mvc.post()
					.uri("/admin/organisations/{id}/departments/{d}", iwamizawa, department)
					.param("name", "拒否課")
					.with(who)
					.exchange(),
				who -> mvc.post()
					.uri("/admin/organisations/{id}/members", zone)
					.param("memberId", Long.toString(accounts.organisation("hokkaido")))
					.param("role", "MEMBER")
					.with(who)
					.exchange(),
				who -> mvc.post()
					.uri("/admin/organisations/{id}/members/{m}/remove", zone, accounts.organisation("yubari"))
					.with(who)
					.exchange(),
				who -> mvc.post()
					.uri("/admin/organisations/collaborations")
					.param("kind", "WIDE_AREA_REGION")
					.param("name", "拒否圏")
					.param("memberIds", Long.toString(iwamizawa), Long.toString(accounts.organisation("yubari")))
					.with(who)
					.exchange(),
				who -> mvc.post()
					.uri("/admin/organisations/import")
					.multipart()
					.file(new MockMultipartFile("file", "list.csv", "text/csv", LIST.getBytes(StandardCharsets.UTF_8)))
					.param("mode", "commit")
					.with(who)
					.exchange());
	}

	@Test
	void everyWrite_isRefusedToAPlanner_toThePublic_andWithoutCsrf_storingNothing() {
		List<Write> writes = writes();
		int count = organisations.findAll().size();
		long entries = auditEntries();
		for (Write write : writes) {
			assertThat(write.send(both(accounts.as(planner), csrf()))).hasStatus(403);
			assertThat(write.send(csrf())).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
			assertThat(write.send(accounts.as(admin))).as("an administrator without the CSRF token").hasStatus(403);
		}
		assertThat(organisations.findAll()).hasSize(count);
		assertThat(organisations.findById(accounts.organisation("iwamizawa")).orElseThrow().name()).isEqualTo("岩見沢市");
		assertThat(departments.ofOrganisation(accounts.organisation("iwamizawa")))
			.noneMatch(d -> d.name().equals("拒否課"));
		assertThat(organisations.membersOf(accounts.organisation("south-sorachi-zone"))).hasSize(9);
		assertThat(auditEntries()).isEqualTo(entries);
	}

}
