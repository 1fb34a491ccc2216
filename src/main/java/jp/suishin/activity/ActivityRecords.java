package jp.suishin.activity;

import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/**
 * Where the use cases keep a node's activities and next year's actions (the write side;
 * {@link PlanActivities} reads a whole plan for reports). Positions run from 1 per node
 * and fiscal year. Implemented by the activity module's persistence.
 */
public interface ActivityRecords {

	Optional<Activity> activity(long activityId);

	/** A node's activities of a year, in position order. */
	List<Activity> activities(long nodeId, FiscalYear year);

	/** Adds the activity after the node's others of the year; its id. */
	long addActivity(long nodeId, FiscalYear year, ActivityContent content, String actor);

	void updateActivity(long activityId, ActivityContent content, String actor);

	/** Deletes the activity and its periods; its images stay stored, unattached. */
	void removeActivity(long activityId);

	/** Gives the activities positions 1, 2, … in the order given. */
	void orderActivities(List<Long> activityIds);

	Optional<NextAction> action(long actionId);

	/** A node's actions of a year, in position order. */
	List<NextAction> actions(long nodeId, FiscalYear year);

	long addAction(long nodeId, FiscalYear year, String text, List<String> leads, String actor);

	void updateAction(long actionId, String text, List<String> leads, String actor);

	void removeAction(long actionId);

	void orderActions(List<Long> actionIds);

	/** Stores an image after the activity's others; its id. */
	long addImage(long activityId, ImageCheck.CheckedImage image, String alt, String actor);

	/** The activity an image belongs to, if it still belongs to one. */
	Optional<Long> activityOfImage(long imageId);

}
