package jp.suishin.organisation;

/** One organisation's place in a collaboration. */
public record Membership(long collaborationId, Organization member, CollaborationRole role) {
}
