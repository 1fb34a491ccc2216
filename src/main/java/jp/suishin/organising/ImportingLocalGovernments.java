package jp.suishin.organising;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.suishin.account.Viewer;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.exchange.UnreadableSheet;
import jp.suishin.exchange.Workbook;
import jp.suishin.exchange.Workbooks;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationKey;
import jp.suishin.organisation.OrganisationPlacement;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.OrganisationTree;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;
import jp.suishin.refusal.Problem;

/**
 * 全国地方公共団体コードの取込: a system administrator imports the national list of local governments,
 * creating the prefectures (under the nation, when there is one) and the municipalities
 * (under their prefecture) that are missing and renaming those whose name changed.
 * Organisations are matched by their code, so a second import of the same list changes
 * nothing. A municipality already placed under a bureau of its prefecture stays there.
 * All or nothing: with any problem, nothing is stored; a dry run stores nothing either
 * and says what a commit would do.
 */
public final class ImportingLocalGovernments {

	private final OrganisationRepository organisations;

	private final OrganisationRegister register;

	private final AuditTrail audit;

	private final InOneTransaction transactions;

	public ImportingLocalGovernments(OrganisationRepository organisations, OrganisationRegister register,
			AuditTrail audit, InOneTransaction transactions) {
		this.organisations = organisations;
		this.register = register;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** What an import of the file would do; stores nothing. */
	public LocalGovernmentImport dryRun(Viewer viewer, String fileName, byte[] content) {
		Administrators.require(viewer, "importing the national list");
		return run(viewer, fileName, content, true);
	}

	/** Imports the file, or nothing when it has a problem. */
	public LocalGovernmentImport commit(Viewer viewer, String fileName, byte[] content) {
		Administrators.require(viewer, "importing the national list");
		return run(viewer, fileName, content, false);
	}

	private LocalGovernmentImport run(Viewer viewer, String fileName, byte[] content, boolean dryRun) {
		Workbook workbook;
		try {
			workbook = Workbooks.read(fileName, content);
		}
		catch (UnreadableSheet ex) {
			return new LocalGovernmentImport(dryRun, List.of(), List.of(), 0, 0, List
				.of(new ListProblem(fileName == null ? "" : fileName, ex.row(), ex.column(), ex.cell(), ex.problem())));
		}
		NationalList.Read read = NationalList.read(workbook);
		return transactions.run(() -> {
			Plan plan = new Plan(organisations.tree(), read);
			if (!plan.problems.isEmpty() || dryRun) {
				return plan.outcome(dryRun);
			}
			plan.apply(viewer.actor(), "全国地方公共団体コードの取込（" + (fileName == null ? "" : fileName) + "）");
			return plan.outcome(false);
		});
	}

	/** What the list asks for, against the organisations as they are. */
	private final class Plan {

		private final OrganisationTree tree;

		private final List<ListProblem> problems = new ArrayList<>();

		private final List<Listed> created = new ArrayList<>();

		private final List<Listed> changed = new ArrayList<>();

		private int unchanged;

		private final int skippedWards;

		/** A row with what it becomes: the organisation to create or the one revised. */
		private record Listed(ListedGovernment row, String key, Organization existing, Organization revised,
				String prefectureCode) {
		}

		Plan(OrganisationTree tree, NationalList.Read read) {
			this.tree = tree;
			this.skippedWards = read.skippedWards();
			problems.addAll(read.problems());
			Map<String, Organization> byCode = new HashMap<>();
			Set<String> keys = new HashSet<>();
			for (Organization o : tree.byId().values()) {
				keys.add(o.key());
				if (o.code() != null) {
					byCode.put(o.code().value(), o);
				}
			}
			Optional<Organization> nation = tree.byId()
				.values()
				.stream()
				.filter(o -> o.kind() == OrganizationKind.NATION)
				.findFirst();
			Map<String, String> listedPrefectures = new HashMap<>();
			for (ListedGovernment row : read.governments()) {
				if (row.prefecture()) {
					listedPrefectures.put(row.code().prefectureNumber(), row.name());
				}
			}
			for (ListedGovernment row : read.governments()) {
				OrganizationKind kind = row.prefecture() ? OrganizationKind.PREFECTURE : OrganizationKind.MUNICIPALITY;
				Organization existing = byCode.get(row.code().value());
				if (existing != null && existing.kind() != kind) {
					problems.add(problem(row, row.codeColumn(), row.code().value(),
							Problem.of("localgov.kind.differs", row.code().value(), existing.name())));
					continue;
				}
				String prefectureCode = prefectureCode(row.code());
				Long parentId;
				if (row.prefecture()) {
					parentId = existing != null && existing.parentId() != null ? existing.parentId()
							: nation.map(Organization::id).orElse(null);
				}
				else {
					Organization prefecture = byCode.get(prefectureCode);
					String prefectureName = listedPrefectures.containsKey(row.code().prefectureNumber())
							? listedPrefectures.get(row.code().prefectureNumber())
							: prefecture == null || prefecture.kind() != OrganizationKind.PREFECTURE ? null
									: prefecture.name();
					if (prefectureName == null) {
						problems.add(problem(row, row.prefectureColumn(), row.prefectureName(),
								Problem.of("localgov.prefecture.unknown", row.prefectureName(), prefectureCode)));
						continue;
					}
					if (!prefectureName.equals(row.prefectureName())) {
						problems.add(problem(row, row.prefectureColumn(), row.prefectureName(), Problem
							.of("localgov.prefecture.name", row.prefectureName(), prefectureName, row.code().value())));
						continue;
					}
					parentId = prefecture == null ? null : prefecture.id();
					if (existing != null && prefecture != null) {
						Optional<Organization> under = OrganisationPlacement.prefectureOf(existing, tree);
						if (under.isPresent() && under.get().id() == prefecture.id()) {
							parentId = existing.parentId();
						}
					}
				}
				if (existing == null) {
					OrganisationKey key = OrganisationKey.generated(kind, row.code(), keys::contains);
					keys.add(key.text());
					created.add(new Listed(row, key.text(), null,
							new Organization(0, key.text(), row.name(), kind, row.code(), parentId), prefectureCode));
				}
				else {
					Organization revised = new Organization(existing.id(), existing.key(), row.name(), kind,
							existing.code(), parentId == null ? existing.parentId() : parentId);
					if (revised.equals(existing)) {
						unchanged++;
					}
					else {
						changed.add(new Listed(row, existing.key(), existing, revised, prefectureCode));
					}
				}
			}
		}

		/** The prefecture's code for a code of the prefecture (01 → 010006). */
		private static String prefectureCode(LocalGovernmentCode code) {
			String five = code.prefectureNumber() + "000";
			for (int digit = 0; digit < 10; digit++) {
				if (LocalGovernmentCode.check(five + digit).isEmpty()) {
					return five + digit;
				}
			}
			throw new IllegalStateException("no check digit for " + five);
		}

		private ListProblem problem(ListedGovernment row, String column, String cell, Problem problem) {
			return new ListProblem(row.sheet(), row.row(), column, cell, problem);
		}

		/**
		 * Stores the plan: the new prefectures first (the new municipalities need their
		 * ids), then the new municipalities, then the revisions, then one audit entry for
		 * each.
		 */
		void apply(String actor, String reason) {
			List<Listed> prefectures = created.stream().filter(l -> l.row().prefecture()).toList();
			Map<String, Long> ids = new HashMap<>(
					register.addAll(prefectures.stream().map(l -> neu(l, null)).toList()));
			Map<String, Long> prefectureIds = new HashMap<>();
			for (Listed l : prefectures) {
				prefectureIds.put(l.row().code().value(), ids.get(l.key()));
			}
			List<Listed> municipalities = created.stream().filter(l -> !l.row().prefecture()).toList();
			ids.putAll(register.addAll(municipalities.stream()
				.map(l -> neu(l,
						l.revised().parentId() != null ? l.revised().parentId()
								: prefectureIds.get(l.prefectureCode())))
				.toList()));
			register.reviseAll(changed.stream().map(Listed::revised).toList());
			OrganisationTree after = organisations.tree();
			List<AuditTrail.Change> entries = new ArrayList<>();
			for (Listed l : created) {
				long id = ids.get(l.key());
				entries.add(
						new AuditTrail.Change(actor, AuditSubject.organisation(id), AuditAction.ORGANISATION_REGISTERED,
								l.key(), null, AuditText.of(after.find(id).orElseThrow(), after), reason));
			}
			for (Listed l : changed) {
				entries.add(new AuditTrail.Change(actor, AuditSubject.organisation(l.existing().id()),
						AuditAction.ORGANISATION_REVISED, l.key(), AuditText.of(l.existing(), tree),
						AuditText.of(l.revised(), after), reason));
			}
			audit.recordAll(entries);
		}

		private NewOrganization neu(Listed l, Long parentId) {
			Organization o = l.revised();
			return new NewOrganization(o.key(), o.name(), o.kind(), o.code(),
					o.kind() == OrganizationKind.PREFECTURE ? o.parentId() : parentId);
		}

		LocalGovernmentImport outcome(boolean dryRun) {
			if (!problems.isEmpty()) {
				return new LocalGovernmentImport(dryRun, List.of(), List.of(), 0, skippedWards, problems);
			}
			return new LocalGovernmentImport(dryRun, created.stream().map(l -> line(l, null)).toList(),
					changed.stream().map(l -> line(l, AuditText.of(l.existing(), tree))).toList(), unchanged,
					skippedWards, List.of());
		}

		private LocalGovernmentImport.Line line(Listed l, String before) {
			Organization o = l.revised();
			String parent = o.parentId() != null ? tree.find(o.parentId()).map(Organization::name).orElse(null)
					: o.kind() == OrganizationKind.MUNICIPALITY ? l.row().prefectureName() : null;
			return new LocalGovernmentImport.Line(l.row().row(), o.code().value(), o.name(), o.kind().name(), parent,
					before);
		}

	}

}
