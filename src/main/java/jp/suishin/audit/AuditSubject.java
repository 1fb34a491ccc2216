package jp.suishin.audit;

/** What an audit entry is about: a KPI or a plan, by id. */
public record AuditSubject(Kind kind, long id) {

	/** The kinds of things the trail follows. */
	public enum Kind {

		KPI, PLAN

	}

	public static AuditSubject kpi(long id) {
		return new AuditSubject(Kind.KPI, id);
	}

	public static AuditSubject plan(long id) {
		return new AuditSubject(Kind.PLAN, id);
	}

}
