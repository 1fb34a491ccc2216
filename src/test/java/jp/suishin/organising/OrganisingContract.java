package jp.suishin.organising;

import static jp.suishin.organising.NationalListFile.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditEntry;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.Membership;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.organising.NationalListFile.Line;
import jp.suishin.refusal.FieldProblem;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a system administrator does with organisations, on every database: registering and
 * revising organisations under the placement rules, departments, collaborations, and the
 * import of the national list (made by the test in the ministry's layout) — all or
 * nothing, idempotent, matched by code with the sample data, each change in the audit
 * trail and moving the organisations' version stamp. Each test uses prefectures of its
 * own, as the tests share one database. Run by {@link OrganisingOnEmbeddedDatabaseTests}
 * and {@link OrganisingOnPostgresTests}.
 */
abstract class OrganisingContract {

	@Autowired
	TestAccounts accounts;

	@Autowired
	RegisteringOrganisation registering;

	@Autowired
	ManagingDepartments departments;

	@Autowired
	FormingCollaboration collaborations;

	@Autowired
	ImportingLocalGovernments importing;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	DepartmentRepository departmentRepository;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	Viewer admin;

	Viewer planner;

	@BeforeEach
	void accounts() {
		admin = accounts.administrator("oa-admin");
		planner = accounts.account("oa-planner", "iwamizawa", Role.PLANNER);
	}

	long version() {
		return jdbc.sql("SELECT version FROM organisation_version WHERE id = 1").query(Long.class).single();
	}

	long auditEntries() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
	}

	Organization byCode(String code) {
		return organisations.findAll()
			.stream()
			.filter(o -> o.code() != null && o.code().value().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no organisation with code " + code));
	}

	boolean exists(String code) {
		return organisations.findAll().stream().anyMatch(o -> o.code() != null && o.code().value().equals(code));
	}

	long id(String key) {
		return accounts.organisation(key);
	}

	static List<FieldProblem> problems(Runnable call) {
		try {
			call.run();
		}
		catch (Refused ex) {
			assertThat(ex.refusal()).isInstanceOf(Refusal.Invalid.class);
			return ((Refusal.Invalid) ex.refusal()).problems();
		}
		throw new AssertionError("not refused");
	}

	static List<String> keys(List<FieldProblem> problems) {
		return problems.stream().map(p -> p.field() + ":" + p.problem().messageKey()).toList();
	}

	// ------------------------------------------------------------- the national list

	@Test
	void nationalListXlsx_dryRunStoresNothing_thenCommitCreatesPrefecturesAndMunicipalitiesMatchingTheSampleByCode() {
		List<Line> list = List.of(line("010006", "北海道", ""), line("011002", "北海道", "札幌市"),
				line("011011", "北海道", "札幌市中央区"), line("012025", "北海道", "函館市"), line("012106", "北海道", "岩見沢市"),
				line("020001", "青森県", ""), line("022012", "青森県", "青森市"), line("022021", "青森県", "弘前市"),
				line("130001", "東京都", ""), line("131016", "東京都", "千代田区"), line("132012", "東京都", "八王子市"));
		byte[] file = NationalListFile.xlsx(list);
		int before = organisations.findAll().size();
		long entries = auditEntries();
		long version = version();

		LocalGovernmentImport dryRun = importing.dryRun(admin, "000925835.xlsx", file);

		assertThat(dryRun.problems()).isEmpty();
		assertThat(dryRun.created()).extracting(LocalGovernmentImport.Line::name)
			.containsExactlyInAnyOrder("札幌市", "函館市", "青森県", "青森市", "弘前市", "東京都", "千代田区", "八王子市");
		assertThat(dryRun.changed()).isEmpty();
		assertThat(dryRun.unchanged()).isEqualTo(2);
		assertThat(dryRun.skippedWards()).isEqualTo(1);
		assertThat(dryRun.stored()).isFalse();
		assertThat(organisations.findAll()).hasSize(before);
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(version()).isEqualTo(version);

		LocalGovernmentImport committed = importing.commit(admin, "000925835.xlsx", file);

		assertThat(committed.stored()).isTrue();
		assertThat(committed.created()).hasSize(8);
		assertThat(organisations.findAll()).hasSize(before + 8);
		Organization aomori = byCode("020001");
		assertThat(aomori.kind()).isEqualTo(OrganizationKind.PREFECTURE);
		assertThat(aomori.name()).isEqualTo("青森県");
		assertThat(aomori.parentId()).isEqualTo(id("japan"));
		assertThat(byCode("022012").parentId()).isEqualTo(aomori.id());
		assertThat(byCode("022012").kind()).isEqualTo(OrganizationKind.MUNICIPALITY);
		assertThat(byCode("131016").parentId()).isEqualTo(byCode("130001").id());
		assertThat(byCode("012025").parentId()).isEqualTo(id("hokkaido"));
		assertThat(byCode("012106").id()).isEqualTo(id("iwamizawa"));
		assertThat(byCode("012106").parentId()).as("岩見沢市 stays under its bureau").isEqualTo(id("sorachi-bureau"));
		assertThat(exists("011011")).as("a designated city's ward is skipped").isFalse();
		assertThat(version()).isGreaterThan(version);
		List<AuditEntry> trail = audit.of(AuditSubject.organisation(byCode("022012").id()));
		assertThat(trail).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(AuditAction.ORGANISATION_REGISTERED);
			assertThat(entry.actor()).isEqualTo("oa-admin");
			assertThat(entry.after()).contains("青森市", "022012", "青森県");
			assertThat(entry.reason()).contains("000925835.xlsx");
		});
		assertThat(auditEntries()).isEqualTo(entries + 8);
	}

	@Test
	void nationalList_importedAgain_changesNothingAndSaysSo_asShiftJisCsvThenXlsx() {
		List<Line> list = List.of(line("030007", "岩手県", ""), line("032018", "岩手県", "盛岡市"), line("040002", "宮城県", ""),
				line("041009", "宮城県", "仙台市"), line("041017", "宮城県", "仙台市青葉区"), line("042021", "宮城県", "石巻市"));
		LocalGovernmentImport first = importing.commit(admin, "list.csv", NationalListFile.csvShiftJis(list));
		assertThat(first.problems()).isEmpty();
		assertThat(first.created()).extracting(LocalGovernmentImport.Line::code)
			.containsExactlyInAnyOrder("030007", "032018", "040002", "041009", "042021");
		assertThat(byCode("041009").name()).isEqualTo("仙台市");
		long entries = auditEntries();
		long version = version();
		int count = organisations.findAll().size();

		for (LocalGovernmentImport again : List.of(importing.commit(admin, "list.xlsx", NationalListFile.xlsx(list)),
				importing.commit(admin, "list.csv", NationalListFile.csvUtf8WithBom(list)))) {
			assertThat(again.problems()).isEmpty();
			assertThat(again.created()).isEmpty();
			assertThat(again.changed()).isEmpty();
			assertThat(again.unchanged()).isEqualTo(5);
			assertThat(again.skippedWards()).isEqualTo(1);
		}
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(version()).isEqualTo(version);
		assertThat(organisations.findAll()).hasSize(count);

		LocalGovernmentImport renamed = importing.commit(admin, "list.csv",
				NationalListFile.csvShiftJis(List.of(line("040002", "宮城県", ""), line("042021", "宮城県", "石巻市（新）"))));
		assertThat(renamed.changed()).singleElement().satisfies(l -> {
			assertThat(l.name()).isEqualTo("石巻市（新）");
			assertThat(l.before()).contains("石巻市");
		});
		assertThat(renamed.unchanged()).isEqualTo(1);
		assertThat(byCode("042021").name()).isEqualTo("石巻市（新）");
		assertThat(audit.of(AuditSubject.organisation(byCode("042021").id())).get(0).action())
			.isEqualTo(AuditAction.ORGANISATION_REVISED);
	}

	@Test
	void nationalList_withABadCheckDigitAnUnknownPrefectureAndABlankName_storesNothingAndListsEachProblem() {
		List<Line> list = new ArrayList<>(
				List.of(line("050008", "秋田県", ""), line("052019", "秋田県", "秋田市"), line("060003", "山形県", ""),
						line("062015", "山形県", "山形市"), line("072010", "福島県", "福島市"), line("062022", "山形県", "")));
		long entries = auditEntries();
		long version = version();

		LocalGovernmentImport result = importing.commit(admin, "bad.xlsx", NationalListFile.xlsx(list));

		assertThat(result.stored()).isFalse();
		assertThat(result.created()).isEmpty();
		assertThat(result.problems()).extracting(p -> p.row() + p.column() + " " + p.problem().messageKey())
			.containsExactlyInAnyOrder("7A organisation.code.check-digit", "8B localgov.prefecture.unknown",
					"9C localgov.name.required");
		assertThat(result.problems().get(0).cell()).isEqualTo("062015");
		assertThat(exists("050008")).isFalse();
		assertThat(exists("052019")).isFalse();
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void nationalList_withItsCodesTypedAsNumbers_getsTheirLeadingZeroBack() {
		LocalGovernmentImport result = importing.commit(admin, "numbers.xlsx",
				NationalListFile.xlsx(List.of(line("090000", "栃木県", ""), line("092011", "栃木県", "宇都宮市")), true));

		assertThat(result.problems()).isEmpty();
		assertThat(result.created()).extracting(LocalGovernmentImport.Line::code).containsExactly("090000", "092011");
		assertThat(byCode("092011").parentId()).isEqualTo(byCode("090000").id());
	}

	@Test
	void nationalList_ofNationalSize_isImportedInOneGo_andASecondDryRunFindsNothingToDo() {
		List<Line> list = new ArrayList<>();
		for (int prefecture = 20; prefecture <= 47; prefecture++) {
			String name = "第" + prefecture + "県";
			list.add(line(NationalListFile.withCheckDigit(prefecture + "000"), name, ""));
			for (int city = 201; city <= 268; city++) {
				list.add(line(NationalListFile.withCheckDigit(prefecture + "" + city), name, name + "第" + city + "市"));
			}
		}
		long entries = auditEntries();
		byte[] file = NationalListFile.xlsx(list);

		LocalGovernmentImport result = importing.commit(admin, "national.xlsx", file);

		assertThat(result.problems()).isEmpty();
		assertThat(result.created()).hasSize(list.size());
		assertThat(auditEntries()).isEqualTo(entries + list.size());
		assertThat(byCode(NationalListFile.withCheckDigit("47268")).parentId())
			.isEqualTo(byCode(NationalListFile.withCheckDigit("47000")).id());
		LocalGovernmentImport again = importing.dryRun(admin, "national.xlsx", file);
		assertThat(again.created()).isEmpty();
		assertThat(again.changed()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(list.size());
	}

	// --------------------------------------------------------------- authorisation

	@Test
	void everyChange_isRefusedToAnyoneButAnAdministrator_storingNothing() {
		long iwamizawa = id("iwamizawa");
		long zone = id("south-sorachi-zone");
		byte[] file = NationalListFile.xlsx(List.of(line("080004", "茨城県", "")));
		int count = organisations.findAll().size();
		long entries = auditEntries();
		for (Viewer viewer : List.of(planner, Viewer.PUBLIC)) {
			List<Consumer<Viewer>> calls = List.of(
					v -> registering.register(v, new OrganisationForm("COUNCIL", "拒否協議会", "", "", "")),
					v -> registering.revise(v, iwamizawa,
							new OrganisationForm("MUNICIPALITY", "改名市", Long.toString(id("sorachi-bureau")), "012106",
									"")),
					v -> departments.add(v, iwamizawa, "拒否課"),
					v -> departments.rename(v, accounts.department("iwamizawa", "企画課").id(), "拒否課"),
					v -> collaborations.form(v,
							new CollaborationForm("WIDE_AREA_REGION", "拒否圏", "", "",
									List.of(Long.toString(iwamizawa), Long.toString(id("yubari"))))),
					v -> collaborations.addMember(v, zone, Long.toString(id("tsukigata")), "MEMBER"),
					v -> collaborations.removeMember(v, zone, id("yubari")),
					v -> importing.dryRun(v, "list.xlsx", file), v -> importing.commit(v, "list.xlsx", file));
			for (Consumer<Viewer> call : calls) {
				assertThatThrownBy(() -> call.accept(viewer)).isInstanceOfSatisfying(Refused.class,
						ex -> assertThat(ex.refusal()).isInstanceOf(Refusal.Forbidden.class));
			}
		}
		assertThat(organisations.findAll()).hasSize(count);
		assertThat(organisations.findById(iwamizawa).orElseThrow().name()).isEqualTo("岩見沢市");
		assertThat(auditEntries()).isEqualTo(entries);
	}

	// ------------------------------------------------------------- organisations

	@Test
	void registeringABureauAndAMunicipality_generatesKeys_recordsThem_andMovesTheVersion() {
		long version = version();
		long bureau = registering.register(admin,
				new OrganisationForm("SUBPREFECTURAL_BUREAU", " 北海道テスト振興局 ", Long.toString(id("hokkaido")), "", ""));
		long town = registering.register(admin,
				new OrganisationForm("MUNICIPALITY", "栗沢町", Long.toString(bureau), "０１４３１１", ""));

		Organization registered = organisations.findById(town).orElseThrow();
		assertThat(registered.name()).isEqualTo("栗沢町");
		assertThat(registered.code()).isEqualTo(LocalGovernmentCode.of("014311"));
		assertThat(registered.key()).isEqualTo("lg-014311");
		assertThat(organisations.findById(bureau).orElseThrow().name()).isEqualTo("北海道テスト振興局");
		assertThat(organisations.findById(bureau).orElseThrow().key()).startsWith("subprefectural-bureau-");
		assertThat(organisations.tree().isBelow(town, id("hokkaido"))).isTrue();
		assertThat(version()).isGreaterThanOrEqualTo(version + 2);
		assertThat(audit.of(AuditSubject.organisation(town))).singleElement()
			.satisfies(e -> assertThat(e.after()).contains("栗沢町", "014311", "北海道テスト振興局"));

		registering.revise(admin, town,
				new OrganisationForm("MUNICIPALITY", "新栗沢町", Long.toString(bureau), "014311", "ignored"));
		assertThat(organisations.findById(town).orElseThrow().name()).isEqualTo("新栗沢町");
		assertThat(organisations.findById(town).orElseThrow().key()).isEqualTo("lg-014311");
		assertThat(audit.of(AuditSubject.organisation(town)).get(0)).satisfies(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.ORGANISATION_REVISED);
			assertThat(e.before()).contains("栗沢町");
			assertThat(e.after()).contains("新栗沢町");
		});
		registering.revise(admin, town,
				new OrganisationForm("MUNICIPALITY", "新栗沢町", Long.toString(bureau), "014311", ""));
		assertThat(audit.of(AuditSubject.organisation(town))).as("no change, no entry").hasSize(2);
	}

	@Test
	void registering_refusesBadCodesTakenCodesMissingNamesAndParentsOfTheWrongKind() {
		long sorachi = id("sorachi-bureau");
		assertThat(keys(problems(() -> registering.register(admin,
				new OrganisationForm("MUNICIPALITY", " ", Long.toString(sorachi), "012107", "")))))
			.containsExactlyInAnyOrder("name:organisation.name.required", "code:organisation.code.check-digit");
		assertThat(keys(problems(() -> registering.register(admin,
				new OrganisationForm("MUNICIPALITY", "二つ目の岩見沢市", Long.toString(sorachi), "012106", "")))))
			.containsExactly("code:organisation.code.taken");
		assertThat(keys(problems(() -> registering.register(admin,
				new OrganisationForm("MUNICIPALITY", "山形市", Long.toString(sorachi), "062014", "")))))
			.containsExactly("parentId:organisation.parent.other-prefecture");
		assertThat(keys(problems(() -> registering.register(admin,
				new OrganisationForm("MUNICIPALITY", "県のコードの町", Long.toString(sorachi), "020001", "")))))
			.containsExactly("code:organisation.code.is-prefecture");
		assertThat(keys(problems(
				() -> registering.register(admin, new OrganisationForm("PREFECTURE", "市のコードの県", "", "022012", "")))))
			.containsExactly("code:organisation.code.not-prefecture");
		assertThat(keys(problems(
				() -> registering.register(admin, new OrganisationForm("MUNICIPALITY", "無所属町", "", "014320", "")))))
			.containsExactly("parentId:organisation.parent.required");
		assertThat(keys(problems(() -> registering.register(admin,
				new OrganisationForm("MUNICIPALITY", "圏の下の町", Long.toString(id("south-sorachi-zone")), "014320", "")))))
			.containsExactly("parentId:organisation.parent.kind");
		assertThat(keys(problems(() -> registering.register(admin,
				new OrganisationForm("COUNCIL", "x".repeat(201), "", "010006", "Bad Key!")))))
			.containsExactlyInAnyOrder("name:organisation.name.too-long", "code:organisation.code.not-carried",
					"key:organisation.key.format");
		assertThat(keys(problems(
				() -> registering.register(admin, new OrganisationForm("COUNCIL", "同じ識別子", "", "", "iwamizawa")))))
			.containsExactly("key:organisation.key.taken");
		assertThat(keys(
				problems(() -> registering.register(admin, new OrganisationForm("SETTLEMENT_ZONE", "圏", "", "", "")))))
			.containsExactly("kind:organisation.kind.collaboration-form");
	}

	@Test
	void revising_refusesAParentBelowTheOrganisation_aCycle() {
		long hokkaido = id("hokkaido");
		long version = version();
		assertThat(keys(problems(() -> registering.revise(admin, hokkaido,
				new OrganisationForm("PREFECTURE", "北海道", Long.toString(id("iwamizawa")), "010006", "")))))
			.containsExactly("parentId:organisation.parent.cycle");
		assertThat(keys(problems(() -> registering.revise(admin, hokkaido,
				new OrganisationForm("PREFECTURE", "北海道", Long.toString(hokkaido), "010006", "")))))
			.containsExactly("parentId:organisation.parent.cycle");
		assertThat(keys(problems(() -> registering.revise(admin, hokkaido,
				new OrganisationForm("MUNICIPALITY", "北海道", Long.toString(id("japan")), "010006", "")))))
			.contains("kind:organisation.kind.children");
		assertThat(organisations.findById(hokkaido).orElseThrow().parentId()).isEqualTo(id("japan"));
		assertThat(version()).isEqualTo(version);
		assertThatThrownBy(() -> registering.revise(admin, 999_999, new OrganisationForm("COUNCIL", "なし", "", "", "")))
			.isInstanceOfSatisfying(Refused.class, ex -> assertThat(ex.refusal()).isInstanceOf(Refusal.NotFound.class));
	}

	// ---------------------------------------------------------------- departments

	@Test
	void departments_areAddedAndRenamed_neverTwiceTheSameName_andRecorded() {
		long yubari = id("yubari");
		long version = version();
		Department added = departments.add(admin, yubari, " 観光課 ");
		assertThat(added.name()).isEqualTo("観光課");
		assertThat(version()).isGreaterThan(version);
		assertThat(keys(problems(() -> departments.add(admin, yubari, "観光課"))))
			.containsExactly("name:organisation.department.taken");
		assertThat(keys(problems(() -> departments.add(admin, yubari, ""))))
			.containsExactly("name:collection.department.name.required");
		departments.add(admin, yubari, "商工課");
		assertThat(keys(problems(() -> departments.rename(admin, added.id(), "商工課"))))
			.containsExactly("name:organisation.department.taken");

		departments.rename(admin, added.id(), "観光振興課");

		assertThat(departmentRepository.findById(added.id()).orElseThrow().name()).isEqualTo("観光振興課");
		assertThat(audit.of(AuditSubject.organisation(yubari))).extracting(e -> e.action() + " " + e.after())
			.containsExactly("DEPARTMENT_RENAMED 観光振興課", "DEPARTMENT_ADDED 商工課", "DEPARTMENT_ADDED 観光課");
	}

	// ------------------------------------------------------------- collaborations

	@Test
	void aSettlementZone_isFormedWithItsCenterAndMembers_thenMembersComeAndGo_butTheCenterStays() {
		long bibai = id("bibai");
		long mikasa = id("mikasa");
		long naganuma = id("naganuma");
		assertThat(keys(problems(() -> collaborations.form(admin,
				new CollaborationForm("COUNCIL", "圏", "", "", List.of(Long.toString(bibai), Long.toString(mikasa)))))))
			.containsExactly("kind:organisation.collaboration.kind");
		assertThat(keys(problems(() -> collaborations.form(admin,
				new CollaborationForm("SETTLEMENT_ZONE", "圏", "", "", List.of(Long.toString(mikasa)))))))
			.containsExactlyInAnyOrder("centerId:organisation.collaboration.center-required",
					"memberIds:organisation.collaboration.too-few");
		assertThat(keys(problems(() -> collaborations.form(admin,
				new CollaborationForm("SETTLEMENT_ZONE", "圏", "", Long.toString(id("sorachi-bureau")),
						List.of(Long.toString(mikasa)))))))
			.containsExactly("centerId:organisation.collaboration.center-municipality");

		long zone = collaborations.form(admin, new CollaborationForm("SETTLEMENT_ZONE", "美唄三笠定住自立圏", "",
				Long.toString(bibai), List.of(Long.toString(mikasa), Long.toString(bibai))));

		assertThat(organisations.findById(zone).orElseThrow().kind()).isEqualTo(OrganizationKind.SETTLEMENT_ZONE);
		assertThat(organisations.membersOf(zone)).extracting(m -> m.member().name() + " " + m.role())
			.containsExactly("美唄市 CENTER", "三笠市 MEMBER");
		assertThat(organisations.tree().membersOf(zone)).hasSize(2);

		collaborations.addMember(admin, zone, Long.toString(naganuma), "MEMBER");
		assertThat(keys(problems(() -> collaborations.addMember(admin, zone, Long.toString(naganuma), "MEMBER"))))
			.containsExactly("memberId:organisation.member.already");
		assertThat(keys(problems(() -> collaborations.addMember(admin, zone, Long.toString(id("yuni")), "CENTER"))))
			.containsExactly("role:organisation.member.center-exists");
		assertThat(keys(problems(() -> collaborations.addMember(admin, zone, Long.toString(zone), "MEMBER"))))
			.containsExactly("memberId:organisation.member.unknown");
		collaborations.removeMember(admin, zone, mikasa);
		assertThatThrownBy(() -> collaborations.removeMember(admin, zone, bibai)).isInstanceOfSatisfying(Refused.class,
				ex -> assertThat(ex.refusal()).isInstanceOf(Refusal.Conflict.class));

		assertThat(organisations.membersOf(zone)).extracting(Membership::member)
			.extracting(Organization::name)
			.containsExactly("美唄市", "長沼町");
		assertThat(organisations.membersOf(zone)).extracting(Membership::role)
			.containsExactly(CollaborationRole.CENTER, CollaborationRole.MEMBER);
		assertThat(audit.of(AuditSubject.organisation(zone))).extracting(e -> e.action().name())
			.containsExactlyInAnyOrder("ORGANISATION_REGISTERED", "MEMBER_ADDED", "MEMBER_ADDED", "MEMBER_ADDED",
					"MEMBER_REMOVED");
	}

}
