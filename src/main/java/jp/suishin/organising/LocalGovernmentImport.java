package jp.suishin.organising;

import java.util.List;

/**
 * What an import of the national list did, or would do on a dry run: the organisations
 * created and changed, how many were already as listed, the designated cities' wards
 * skipped, and every problem. With problems nothing was stored.
 */
public record LocalGovernmentImport(boolean dryRun, List<Line> created, List<Line> changed, int unchanged,
		int skippedWards, List<ListProblem> problems) {

	public LocalGovernmentImport {
		created = List.copyOf(created);
		changed = List.copyOf(changed);
		problems = List.copyOf(problems);
	}

	/** Whether the changes were stored. */
	public boolean stored() {
		return !dryRun && problems.isEmpty();
	}

	/**
	 * One organisation created or changed.
	 *
	 * @param kind {@code PREFECTURE} or {@code MUNICIPALITY}
	 * @param before how it was ({@code null} for one created)
	 */
	public record Line(int row, String code, String name, String kind, String parentName, String before) {
	}

}
