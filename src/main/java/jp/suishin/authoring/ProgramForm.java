package jp.suishin.authoring;

import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.refusal.FieldProblem;

/** A program (事業) under a node as a planner writes it, with its lead body and year. */
public record ProgramForm(String name, String lead, String summary, String fiscalYear) {

	/** The program's fields checked, or {@code null} after adding the problems. */
	Checked checked(List<FieldProblem> problems) {
		int before = problems.size();
		String checkedName = AuthoringText.required("programName", name, 500, "authoring.program.name-required",
				problems);
		String checkedLead = AuthoringText.optional("programLead", lead, 200, problems);
		String checkedSummary = AuthoringText.optional("programSummary", summary, 5000, problems);
		Integer year = null;
		if (fiscalYear != null && !fiscalYear.isBlank()) {
			Optional<FiscalYear> parsed = FiscalYear.parse(fiscalYear.strip());
			if (parsed.isEmpty()) {
				problems.add(FieldProblem.of("programYear", "fiscal-year.invalid", fiscalYear.strip()));
			}
			else {
				year = parsed.get().value();
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new Checked(checkedName, checkedLead, checkedSummary, year);
	}

	record Checked(String name, String lead, String summary, Integer fiscalYear) {
	}

}
