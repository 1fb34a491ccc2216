package jp.suishin.document.render;

import jp.suishin.document.ReportDocument.Cover;

/**
 * The ASCII stem of the files rendered from a report: {@code <plan>_<year>_ed<N>} for an
 * edition, {@code <plan>_<year>_draft} for a draft; {@code <plan>} is the plan's key with
 * everything but ASCII letters, digits, {@code . _ -} replaced ({@code plan<id>} when
 * nothing is left), {@code <year>} the fiscal year of the values (西暦), {@code <N>} the
 * edition's number.
 */
public final class ReportFileName {

	private ReportFileName() {
	}

	public static String stem(Cover cover) {
		String key = cover.planKey() == null ? "" : cover.planKey().replaceAll("[^A-Za-z0-9._-]+", "-");
		key = key.replaceAll("^[-.]+|[-.]+$", "");
		if (key.isEmpty()) {
			key = "plan" + cover.planId();
		}
		return key + "_" + cover.dataYear() + (cover.edition() == null ? "_draft" : "_ed" + cover.edition().number());
	}

}
