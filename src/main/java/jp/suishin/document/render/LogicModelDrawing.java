package jp.suishin.document.render;

import jp.suishin.document.YearReview.LogicModel;

/**
 * Where a logic model's diagram goes into the documents: the logic-model module's drawing
 * ({@link LogicModelSvg}), inline as the distribution chart is, before the table of its
 * elements (the diagram's data for those who cannot see it, and for copying).
 */
final class LogicModelDrawing {

	private LogicModelDrawing() {
	}

	static void write(Xhtml out, LogicModel model, Labels labels) {
		out.open("div", "class", "logic-model-diagram");
		out.raw(LogicModelSvg.svg(model, labels.locale()));
		out.close("div");
	}

}
