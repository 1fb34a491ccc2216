package jp.suishin.api;

import java.util.List;

import jp.suishin.api.ApiModel.ValueJson;
import jp.suishin.api.ApiModel.YearJson;

/**
 * The JSON shapes of the write API and of the collection: what a client sends and what it
 * gets back. Every field a client sends is taken as written and checked by the domain, so
 * that the API and the pages accept the same things.
 */
final class ApiWriteModel {

	private ApiWriteModel() {
	}

	/**
	 * A year's value of a KPI, as on the value form.
	 *
	 * @param value the value ({@code 1,600千円}, {@code 約20}, {@code 集計中（7月頃）}, {@code －}
	 * to remove it)
	 * @param status {@code CONFIRMED}, {@code PRELIMINARY} or {@code PENDING}; blank is
	 * confirmed
	 * @param expectedMonth for a pending value: the month it is expected in
	 * @param version the version of the value the client last read; {@code null} or 0
	 * when the year has no value yet
	 */
	record ValueRequest(String value, String status, String expectedMonth, String note, String source,
			Integer version) {
	}

	/**
	 * Opens a fiscal year's collection.
	 *
	 * @param fiscalYear {@code 2027}, {@code R9}, {@code 令和9年度}
	 * @param deadline {@code yyyy-MM-dd}, today or later
	 */
	record OpeningRequest(String fiscalYear, String deadline) {
	}

	/** The planner's comment when sending a value back. */
	record CommentRequest(String comment) {
	}

	/** Why an approved value is opened again. */
	record ReasonRequest(String reason) {
	}

	/** The id of what was created; the Location header points to it. */
	record CreatedJson(long id) {
	}

	/** Where one KPI stands in a collection after a step. */
	record ItemStateJson(long kpiId, String state) {
	}

	/** Whether a collection is open or locked after a step. */
	record CollectionStateJson(long id, String state) {
	}

	/** A problem with one field of a request, in the reader's language. */
	record FieldErrorJson(String field, String message) {
	}

	/**
	 * A collection as the viewer sees it.
	 *
	 * @param items the KPIs the viewer deals with (a department editor: its own
	 * department's)
	 */
	record CollectionJson(long id, long planId, YearJson fiscalYear, String deadline, String state, boolean overdue,
			List<ItemJson> items, List<DepartmentProgressJson> progress) {
	}

	/**
	 * One KPI of a collection.
	 *
	 * @param department the department in charge, {@code null} while none is assigned
	 * @param remark the planner's comment when returned, or the reason when reopened
	 * @param value the year's value, {@code null} while none is entered
	 */
	record ItemJson(long kpiId, String kpiName, Long departmentId, String department, String state, String remark,
			ValueJson value) {
	}

	/**
	 * How far a department is.
	 *
	 * @param department {@code null} for the KPIs no department is in charge of yet
	 * @param overdue the deadline has passed and values are still outstanding
	 */
	record DepartmentProgressJson(Long departmentId, String department, int total, int submitted, int approved,
			boolean overdue) {
	}

	/** A year's milestone (目安値), as on the KPI page; {@code －} removes it. */
	record MilestoneRequest(String value) {
	}

	/** A revised baseline, as on the KPI page: the value, the year if it changes, why. */
	record BaselineRevisionRequest(String value, String year, String reason) {
	}

	/**
	 * A KPI's definition, as on the KPI page; a new direction or target applies from
	 * {@code from} on (中間見直し; blank for the plan's first year).
	 */
	record DefinitionRequest(String name, String direction, String targetValue, String targetYear, String definition,
			String from, String reason) {
	}

	/**
	 * The plan's scheme from a fiscal year on (blank for the plan's first year), and why.
	 */
	record SchemeRequest(String scheme, String from, String reason) {
	}

	/** A planner's analysis of a year; empty goes back to the engine's draft. */
	record AnalysisRequest(String text) {
	}

}
