package jp.suishin.document.render;

import jp.suishin.document.YearReview.LogicModel;

/**
 * Where a logic model's diagram goes into the documents: the SVG of the logic-model
 * module's drawing, inline (as the distribution chart is), before the table of its
 * elements.
 */
final class LogicModelDrawing {

	private LogicModelDrawing() {
	}

	static void write(Xhtml out, LogicModel model, Labels labels) {
		// the drawing (LogicModelSvg) comes with the logic-model branch; until then the
		// table of elements below stands alone
	}

}
