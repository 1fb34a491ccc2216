package jp.suishin.logicmodel;

import java.util.List;
import java.util.Map;

import jp.suishin.refusal.FieldProblem;

/**
 * An element as a planner writes it on the page or the API: the stage's code
 * ({@code input} … {@code long-term}), the text, and the key of the KPI that measures it
 * (blank for none).
 */
public record LogicElementForm(String stage, String text, String kpi) {

	public static final int TEXT_MAX_LENGTH = 300;

	/**
	 * The content, or {@code null} after adding the problems, each naming its field
	 * ({@code stage}, {@code text}, {@code kpi}).
	 * @param kpiIds the plan's KPIs by key: a KPI of another plan or none at all is
	 * refused
	 */
	LogicElementContent checked(Map<String, Long> kpiIds, List<FieldProblem> problems) {
		int before = problems.size();
		LogicStage checkedStage = LogicStage.parse(stage).orElse(null);
		if (checkedStage == null) {
			problems.add(FieldProblem.of("stage", "logicmodel.stage.invalid", stage == null ? "" : stage.strip()));
		}
		String checkedText = text == null ? "" : text.strip();
		if (checkedText.isEmpty()) {
			problems.add(FieldProblem.of("text", "logicmodel.text.required"));
		}
		else if (checkedText.codePointCount(0, checkedText.length()) > TEXT_MAX_LENGTH) {
			problems.add(FieldProblem.of("text", "logicmodel.text.too-long", TEXT_MAX_LENGTH));
		}
		else if (checkedText.codePoints().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			problems.add(FieldProblem.of("text", "logicmodel.text.control"));
		}
		Long kpiId = null;
		String key = kpi == null ? "" : kpi.strip();
		if (!key.isEmpty()) {
			kpiId = kpiIds.get(key);
			if (kpiId == null) {
				problems.add(FieldProblem.of("kpi", "logicmodel.kpi.unknown", key));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new LogicElementContent(checkedStage, checkedText.replace("\r\n", "\n"), kpiId);
	}

}
