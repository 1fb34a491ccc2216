package jp.suishin.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.kpi.Kpi;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

/**
 * What an opinion on a plan may be about: the plan, its current nodes in reading order
 * with their programs, and its current KPIs. A subject of another plan (or an archived
 * one) is not among them.
 */
public final class PlanSubjects {

	private final Map<OpinionSubject, Choice> choices = new LinkedHashMap<>();

	/**
	 * @param depth 0 for the plan, a node's depth, one deeper than its node for a
	 * program; 0 for a KPI
	 */
	public record Choice(OpinionSubject subject, String title, int depth) {

		public String written() {
			return subject.written();
		}

		public String kind() {
			return subject.kind().code();
		}

	}

	public PlanSubjects(PlanTree tree, List<Kpi> kpis) {
		add(OpinionSubject.PLAN, tree.plan().name(), 0);
		for (PlanNode node : tree.inReadingOrder()) {
			add(new OpinionSubject(OpinionSubject.Kind.NODE, node.id()), node.label(), node.depth());
			for (Program program : tree.programs(node.id())) {
				add(new OpinionSubject(OpinionSubject.Kind.PROGRAM, program.id()), program.name(), node.depth() + 1);
			}
		}
		for (Kpi kpi : kpis) {
			add(new OpinionSubject(OpinionSubject.Kind.KPI, kpi.id()), kpi.name(), 0);
		}
	}

	private void add(OpinionSubject subject, String title, int depth) {
		choices.put(subject, new Choice(subject, title, depth));
	}

	public boolean contains(OpinionSubject subject) {
		return choices.containsKey(subject);
	}

	/** The subject's title, empty for one no longer in the plan. */
	public Optional<String> title(OpinionSubject subject) {
		return Optional.ofNullable(choices.get(subject)).map(Choice::title);
	}

	/** Everything an opinion may be about, the plan first, then nodes, then KPIs. */
	public List<Choice> choices() {
		return new ArrayList<>(choices.values());
	}

	/** The choices of one kind. */
	public List<Choice> of(OpinionSubject.Kind kind) {
		return choices.values().stream().filter(c -> c.subject().kind() == kind).toList();
	}

}
