package jp.suishin.organisation;

/** What is needed to register an organisation. */
public record NewOrganization(String key, String name, OrganizationKind kind, LocalGovernmentCode code, Long parentId) {

	public NewOrganization {
		if (kind.carriesLocalGovernmentCode() && code == null && kind == OrganizationKind.MUNICIPALITY) {
			throw new IllegalArgumentException("a municipality needs its local government code: " + name);
		}
		if (!kind.carriesLocalGovernmentCode() && code != null) {
			throw new IllegalArgumentException(kind + " carries no local government code: " + name);
		}
	}

}
