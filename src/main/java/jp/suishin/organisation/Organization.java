package jp.suishin.organisation;

/**
 * A body that owns plans and values: the nation, a prefecture, a bureau, a municipality,
 * a council, or a collaboration of several of them.
 *
 * @param code the local government code; {@code null} for bodies that have none
 * @param parentId the organisation above this one (a municipality's bureau, a bureau's
 * prefecture), or {@code null}
 */
public record Organization(long id, String key, String name, OrganizationKind kind, LocalGovernmentCode code,
		Long parentId) {

	public boolean isCollaboration() {
		return kind.isCollaboration();
	}

}
