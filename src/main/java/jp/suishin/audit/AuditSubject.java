package jp.suishin.audit;

/** What an audit entry is about: a KPI, a plan, an account or an organisation, by id. */
public record AuditSubject(Kind kind, long id) {

	/** The kinds of things the trail follows. */
	public enum Kind {

		KPI, PLAN, ACCOUNT, ORGANISATION

	}

	public static AuditSubject kpi(long id) {
		return new AuditSubject(Kind.KPI, id);
	}

	public static AuditSubject account(long id) {
		return new AuditSubject(Kind.ACCOUNT, id);
	}

	public static AuditSubject plan(long id) {
		return new AuditSubject(Kind.PLAN, id);
	}

	/** An organisation or collaboration (its departments and members too). */
	public static AuditSubject organisation(long id) {
		return new AuditSubject(Kind.ORGANISATION, id);
	}

}
