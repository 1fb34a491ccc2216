package jp.suishin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jp.suishin.access.AccessPolicy;
import jp.suishin.access.Rights;
import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.organisation.CollaborationRole;
import jp.suishin.organisation.NewOrganization;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organisation.Organization;
import jp.suishin.organisation.OrganizationKind;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * W6 access: the access decisions of one page view at national size, for a reviewer at
 * the Hokkaido-like prefecture (everything below it through its bureaus, and the
 * collaborations of its municipalities) and for the public: the statements they take (a
 * counting data source registered only in this bench's app) and their time, against one
 * recursive query that answers the same question (which organisations the viewer
 * reaches). The page view is a dashboard's: which organisations the viewer reaches and
 * the rights on each, then a KPI list's decision on one municipality deep below and one
 * in another prefecture.
 */
final class AccessWorkload implements Workload {

	/**
	 * The recursive question: the organisations at or below the viewer's, and the
	 * collaborations any of them is a member of.
	 */
	static final String REACHED = """
			WITH RECURSIVE below(id) AS (
			    SELECT id FROM organization WHERE id = ANY (?)
			    UNION
			    SELECT o.id FROM organization o JOIN below b ON o.parent_id = b.id
			)
			SELECT id FROM below
			UNION
			SELECT m.collaboration_id FROM collaboration_member m JOIN below b ON m.member_id = b.id""";

	@Override
	public String id() {
		return "W6";
	}

	@Override
	public List<Row> run(BenchContext context) throws Exception {
		String schema = context.nationalSchema();
		ConfigurableApplicationContext app = context.application(schema, false,
				List.of(StatementCounter.initializer()));
		OrganisationRepository organisations = app.getBean(OrganisationRepository.class);
		AccessPolicy policy = app.getBean(AccessPolicy.class);
		NationalDataset national = context.national();
		long largest = organisations.findByKey(national.largestPrefecture().key()).orElseThrow().id();
		long smaller = organisations.findByKey("bench-pref-02").orElseThrow().id();
		addSettlementZones(organisations, largest);
		long deep = organisations.findByKey(national.largestPrefecture().key() + "-m1").orElseThrow().id();
		long elsewhere = organisations.findByKey("bench-pref-02-m1").orElseThrow().id();

		Viewer reviewer = new Viewer(-1L, "bench-reviewer", "審査", false,
				List.of(new Grant(largest, Role.REVIEWER, null), new Grant(largest, Role.PLANNER, null)));
		Viewer small = new Viewer(-2L, "bench-reviewer-2", "審査", false,
				List.of(new Grant(smaller, Role.REVIEWER, null), new Grant(smaller, Role.PLANNER, null)));
		Viewer publicViewer = Viewer.PUBLIC;

		List<Row> rows = new ArrayList<>();
		int rounds = context.smoke() ? 30 : 200;
		try (Connection connection = context.connect(schema)) {
			PageView cold = pageView(policy, reviewer, deep, elsewhere);
			organisations.add(new NewOrganization("bench-w6-council", "協議会", OrganizationKind.COUNCIL, null, largest));
			PageView afterChange = pageView(policy, reviewer, deep, elsewhere);
			PageView view = pageView(policy, reviewer, deep, elsewhere);
			Set<Long> recursive = recursive(connection, Set.of(largest));
			Disagreement.check(id(), "organisations the prefecture's reviewer reaches", new TreeSet<>(view.reached()),
					new TreeSet<>(recursive));
			Disagreement.check(id(), "the council added on another connection", view.reached().size(),
					cold.reached().size() + 1);
			Disagreement.check(id(), "rights on every reached organisation", view.readable(), recursive.size());
			Disagreement.check(id(), "decision on a municipality below the prefecture", view.deep(),
					recursive.contains(deep));
			Disagreement.check(id(), "decision on another prefecture's municipality", view.elsewhere(),
					recursive.contains(elsewhere));
			PageView smallView = pageView(policy, small, elsewhere, deep);
			Set<Long> smallRecursive = recursive(connection, Set.of(smaller));
			Disagreement.check(id(), "organisations the smaller prefecture's reviewer reaches",
					new TreeSet<>(smallView.reached()), new TreeSet<>(smallRecursive));
			PageView publicView = pageView(policy, publicViewer, deep, elsewhere);
			Disagreement.check(id(), "organisations the public reaches", publicView.reached(),
					recursive(connection, Set.of()));

			double suishin = median(rounds, () -> pageView(policy, reviewer, deep, elsewhere));
			double baseline = median(rounds, () -> recursive(connection, Set.of(largest)));
			double publicSuishin = median(rounds, () -> pageView(policy, publicViewer, deep, elsewhere));
			double publicBaseline = median(rounds, () -> recursive(connection, Set.of()));
			String reach = recursive.size() + " organisations reached";
			rows.add(new Row("W6 access: statements per page view, prefecture reviewer",
					view.statements() + (view.statements() == 1 ? " statement" : " statements"), "", "",
					"≤ 3, whatever the size",
					Verdict.of(view.statements() <= 3 && smallView.statements() == view.statements()),
					String.format(Locale.ROOT,
							"%s; %d at a prefecture reaching %d; %d on the first view, %d after a change; "
									+ "the public %d",
							reach, smallView.statements(), smallView.reached().size(), cold.statements(),
							afterChange.statements(), publicView.statements())));
			rows.add(Row.ratio("W6 access: page view's decisions, prefecture reviewer", suishin, baseline, "ms", 2,
					reach + ", " + view.decisions() + " decisions; median of " + rounds
							+ "; baseline: one WITH RECURSIVE query"));
			rows.add(Row.ratio("W6 access: page view's decisions, the public", publicSuishin, publicBaseline, "ms", 2,
					publicView.statements() + " statements; baseline: the same recursive query without grants"));
		}
		return rows;
	}

	/** What one page view decided and the statements it took. */
	record PageView(Set<Long> reached, int readable, boolean deep, boolean elsewhere, int decisions, long statements) {
	}

	/**
	 * One page view's decisions, in a request of their own (the policy remembers a page
	 * view's tree and rights for its request).
	 */
	static PageView pageView(AccessPolicy policy, Viewer viewer, long deep, long elsewhere) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		try {
			StatementCounter.reset();
			Set<Long> reached = policy.reach(viewer);
			int readable = 0;
			for (long organisation : reached) {
				Rights rights = policy.on(viewer, organisation);
				if (rights.readWorking()) {
					readable++;
				}
			}
			boolean deepRead = policy.on(viewer, deep).readWorking();
			boolean elsewhereRead = policy.on(viewer, elsewhere).readWorking();
			return new PageView(reached, readable, deepRead, elsewhereRead, reached.size() + 2,
					StatementCounter.count());
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	static Set<Long> recursive(Connection connection, Set<Long> granted) {
		try (PreparedStatement statement = connection.prepareStatement(REACHED)) {
			statement.setArray(1, connection.createArrayOf("bigint", granted.toArray()));
			Set<Long> found = new HashSet<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getLong(1));
				}
			}
			return found;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One settlement zone per bureau of the prefecture, its first municipality the center
	 * and the next two members: collaborations the reviewer reaches through its
	 * municipalities.
	 */
	private static void addSettlementZones(OrganisationRepository organisations, long prefecture) {
		List<Organization> all = organisations.findAll();
		for (Organization bureau : all) {
			if (bureau.parentId() == null || bureau.parentId() != prefecture
					|| bureau.kind() != OrganizationKind.SUBPREFECTURAL_BUREAU) {
				continue;
			}
			List<Organization> below = all.stream()
				.filter(o -> o.parentId() != null && o.parentId() == bureau.id())
				.limit(3)
				.toList();
			long zone = organisations.add(new NewOrganization(bureau.key() + "-zone", bureau.name() + "定住自立圏",
					OrganizationKind.SETTLEMENT_ZONE, null, null));
			for (int i = 0; i < below.size(); i++) {
				organisations.addMember(zone, below.get(i).id(),
						i == 0 ? CollaborationRole.CENTER : CollaborationRole.MEMBER);
			}
		}
	}

	/** The median milliseconds of a task, after as many rounds to warm up. */
	static double median(int rounds, Supplier<?> task) {
		for (int i = 0; i < rounds; i++) {
			task.get();
		}
		double[] times = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long started = System.nanoTime();
			task.get();
			times[i] = (System.nanoTime() - started) / 1e6;
		}
		java.util.Arrays.sort(times);
		return times[rounds / 2];
	}

}
