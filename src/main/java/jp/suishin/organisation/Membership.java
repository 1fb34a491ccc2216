package jp.suishin.organisation;

/**
 * One organisation's place in a collaboration.
 *
 * @param planAccess what the collaboration's agreement gives this member's planners on
 * the collaboration's own plans
 */
public record Membership(long collaborationId, Organization member, CollaborationRole role, PlanAccess planAccess) {
}
