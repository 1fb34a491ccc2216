package jp.suishin.logicmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.suishin.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/** An element's form as a planner types it: each problem names its field. */
class LogicElementFormTests {

	static final Map<String, Long> KPIS = Map.of("iwamizawa-total-income-per-person", 41L);

	@Test
	void aWrittenElement_isReadWithItsStageTextAndKpi() {
		List<FieldProblem> problems = new ArrayList<>();

		LogicElementContent content = new LogicElementForm(" short-term ", "  一行目\r\n二行目  ",
				" iwamizawa-total-income-per-person ")
			.checked(KPIS, problems);

		assertThat(problems).isEmpty();
		assertThat(content).isEqualTo(new LogicElementContent(LogicStage.SHORT_TERM, "一行目\n二行目", 41L));
	}

	@Test
	void everyStage_isReadFromItsCode_andNothingElse() {
		for (LogicStage stage : LogicStage.values()) {
			assertThat(LogicStage.parse(stage.code())).contains(stage);
		}
		assertThat(LogicStage.parse("SHORT_TERM")).isEmpty();
		assertThat(LogicStage.parse("短期アウトカム")).isEmpty();
		assertThat(LogicStage.parse(null)).isEmpty();
	}

	@Test
	void controlCharacters_andAnUnknownKpi_areRefusedNamingTheirFields() {
		List<FieldProblem> problems = new ArrayList<>();

		LogicElementContent content = new LogicElementForm("input", "機器\u0007", "sorachi-visitors").checked(KPIS,
				problems);

		assertThat(content).isNull();
		assertThat(problems).containsExactly(FieldProblem.of("text", "logicmodel.text.control"),
				FieldProblem.of("kpi", "logicmodel.kpi.unknown", "sorachi-visitors"));
	}

	@Test
	void aBlankKpi_isNone() {
		List<FieldProblem> problems = new ArrayList<>();

		assertThat(new LogicElementForm("output", "相談件数", "  ").checked(KPIS, problems).kpiId()).isNull();
		assertThat(problems).isEmpty();
	}

}
