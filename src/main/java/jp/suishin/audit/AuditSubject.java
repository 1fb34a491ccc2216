package jp.suishin.audit;

/** What an audit entry is about: a KPI, a plan or an account, by id. */
public record AuditSubject(Kind kind, long id) {

	/** The kinds of things the trail follows. */
	public enum Kind {

		KPI, PLAN, ACCOUNT

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

}
