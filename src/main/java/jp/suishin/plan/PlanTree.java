package jp.suishin.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/** A plan with its nodes and programs, navigable top-down. */
public final class PlanTree {

	private final Plan plan;

	private final Map<Long, PlanNode> nodes = new LinkedHashMap<>();

	private final Map<Long, List<PlanNode>> children = new LinkedHashMap<>();

	private final List<PlanNode> roots = new ArrayList<>();

	private final Map<Long, List<Program>> programs = new LinkedHashMap<>();

	public PlanTree(Plan plan, List<PlanNode> nodes, List<Program> programs) {
		this.plan = plan;
		nodes.stream()
			.sorted(Comparator.comparingInt(PlanNode::depth).thenComparingInt(PlanNode::position))
			.forEach(node -> {
				this.nodes.put(node.id(), node);
				if (node.parentId() == null) {
					roots.add(node);
				}
				else {
					children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
				}
			});
		programs.stream()
			.sorted(Comparator.comparingInt(Program::position))
			.forEach(p -> this.programs.computeIfAbsent(p.nodeId(), id -> new ArrayList<>()).add(p));
	}

	public Plan plan() {
		return plan;
	}

	public List<PlanNode> roots() {
		return List.copyOf(roots);
	}

	/** The ids of a node and all its descendants. */
	public Set<Long> subtreeOf(long nodeId) {
		Set<Long> ids = new HashSet<>();
		List<Long> todo = new ArrayList<>(List.of(nodeId));
		while (!todo.isEmpty()) {
			long next = todo.remove(todo.size() - 1);
			if (ids.add(next)) {
				children(next).forEach(child -> todo.add(child.id()));
			}
		}
		return ids;
	}

	public List<PlanNode> children(long nodeId) {
		return List.copyOf(children.getOrDefault(nodeId, List.of()));
	}

	public List<Program> programs(long nodeId) {
		return List.copyOf(programs.getOrDefault(nodeId, List.of()));
	}

	public Optional<PlanNode> node(long nodeId) {
		return Optional.ofNullable(nodes.get(nodeId));
	}

	/** All nodes in reading order: each node followed by its descendants. */
	public List<PlanNode> inReadingOrder() {
		List<PlanNode> ordered = new ArrayList<>();
		roots.forEach(root -> collect(root, ordered));
		return ordered;
	}

	private void collect(PlanNode node, List<PlanNode> into) {
		into.add(node);
		children.getOrDefault(node.id(), List.of()).forEach(child -> collect(child, into));
	}

	/** The top-level node (goal or project) a node belongs to. */
	public PlanNode topOf(PlanNode node) {
		PlanNode current = node;
		while (current.parentId() != null) {
			current = nodes.get(current.parentId());
		}
		return current;
	}

	public int size() {
		return nodes.size();
	}

}
