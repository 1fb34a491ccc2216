package jp.suishin.verification;

import java.util.Locale;
import java.util.Optional;

/**
 * What an opinion is about: the plan itself, one of its nodes (a goal or project), one of
 * its programs or one of its KPIs. Written {@code plan}, {@code node:12},
 * {@code program:5} or {@code kpi:7} by the forms and the API. Whether the node, program
 * or KPI is one of the plan's is for {@link PlanSubjects} to say.
 *
 * @param id the node's, program's or KPI's id; {@code null} for the plan
 */
public record OpinionSubject(Kind kind, Long id) {

	public enum Kind {

		PLAN, NODE, PROGRAM, KPI;

		/** As the documents and the API name it ({@code plan}, {@code node} …). */
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public OpinionSubject {
		if (kind == null || (kind == Kind.PLAN) != (id == null)) {
			throw new IllegalArgumentException("a plan subject has no id, any other has one: " + kind + " " + id);
		}
	}

	public static final OpinionSubject PLAN = new OpinionSubject(Kind.PLAN, null);

	/** The subject as written, or empty when it is not written so. */
	public static Optional<OpinionSubject> read(String written) {
		if (written == null || written.isBlank()) {
			return Optional.empty();
		}
		String text = written.strip().toLowerCase(Locale.ROOT);
		if (text.equals("plan")) {
			return Optional.of(PLAN);
		}
		int colon = text.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		Kind kind;
		try {
			kind = Kind.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
			long id = Long.parseLong(text.substring(colon + 1));
			if (kind == Kind.PLAN || id <= 0) {
				return Optional.empty();
			}
			return Optional.of(new OpinionSubject(kind, id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** As {@link #read} reads it. */
	public String written() {
		return kind == Kind.PLAN ? "plan" : kind.code() + ":" + id;
	}

}
