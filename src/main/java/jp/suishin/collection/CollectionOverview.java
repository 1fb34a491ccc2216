package jp.suishin.collection;

import java.util.List;

import jp.suishin.access.Rights;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.organisation.Department;
import jp.suishin.organisation.Organization;
import jp.suishin.plan.Plan;

/**
 * A collection as one viewer sees it: its items, the progress per department, who is
 * overdue, the reminders sent, and the remarks of reviewers and experts.
 *
 * @param rows the items the viewer deals with: all of them for a planner, reviewer or
 * expert; its own department's for a department editor
 * @param kpiNames the names of all the plan's KPIs, for remarks about any of them
 */
public record CollectionOverview(Collection collection, Plan plan, Organization owner, Rights rights, boolean overdue,
		List<Row> rows, List<DepartmentProgress> progress, List<Department> departments, List<SentReminder> reminders,
		List<Remark> remarks, java.util.Map<Long, String> kpiNames) {

	/** One KPI: its department, where it stands, and the value entered. */
	public record Row(Kpi kpi, Department department, CollectionItem item, YearlyValue value, String valueText,
			boolean mine) {
	}

	/**
	 * How far a department is.
	 *
	 * @param department {@code null} for the KPIs no department is in charge of yet
	 */
	public record DepartmentProgress(Department department, int total, int submitted, int approved, boolean overdue) {

		public int outstanding() {
			return total - submitted;
		}

	}

	public record SentReminder(Reminder reminder, String departmentName) {
	}

	/**
	 * The part the viewer takes in a row's KPI ({@link Participant#of}), for the page's
	 * choice of what to offer.
	 */
	public Participant participant(Row row) {
		return Participant.of(rights, row.kpi().departmentId());
	}

	/** Whether the viewer may submit the row's value now ({@link Collection#submit}). */
	public boolean maySubmit(Row row) {
		return collection.submit(row.item(), participant(row), row.value() != null).allowed();
	}

	/**
	 * Whether the viewer may approve the row's value now ({@link Collection#approve}).
	 */
	public boolean mayApprove(Row row) {
		return collection.approve(row.item(), participant(row)).allowed();
	}

	/** Whether the viewer may send the row's value back now. */
	public boolean mayReturn(Row row) {
		return collection.returnValue(row.item(), participant(row)).allowed();
	}

	/** Whether the viewer may reopen the row's value now ({@link Collection#reopen}). */
	public boolean mayReopen(Row row) {
		return collection.reopen(row.item(), participant(row)).allowed();
	}

	public long approvedCount() {
		return rows.stream().filter(r -> r.item().state() == ItemState.APPROVED).count();
	}

}
