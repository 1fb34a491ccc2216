package jp.suishin.planimport;

import java.util.List;

/**
 * A node of the plan's tree as the sheet lists it, in the order it first appears.
 *
 * @param path the titles from level 1 down to this node
 * @param row the sheet row it first appears in, from 1
 */
public record SheetNode(List<String> path, int row) {

	public SheetNode {
		path = List.copyOf(path);
	}

	public int level() {
		return path.size();
	}

}
