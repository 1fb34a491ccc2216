package jp.suishin.organisation;

/**
 * What a collaboration's agreement gives a member's planners on the collaboration's own
 * plans. A member never gets anything on another member's own plans.
 */
public enum PlanAccess {

	/** Defines the plan, runs its yearly collection and approves its values. */
	EDIT,

	/** Sees the plan's working values and the collection's progress. */
	READ;

	/**
	 * The default agreement: the center city runs the collaboration's plan, the other
	 * members follow it.
	 */
	public static PlanAccess agreedFor(CollaborationRole role) {
		return role == CollaborationRole.CENTER ? EDIT : READ;
	}

}
