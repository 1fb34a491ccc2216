package jp.suishin.sampledata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.suishin.account.Grant;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.edition.PublishingEdition;
import jp.suishin.kpi.Kpi;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.RecordingOutcome;
import jp.suishin.kpi.ValueEntry;
import jp.suishin.kpi.YearlyValue;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;
import jp.suishin.report.SavingAnalysis;

import org.springframework.stereotype.Component;

/**
 * The sample data's editions, published as they happened: for each edition of a file (in
 * the order written), the values that were still 集計中 at the time are recorded so, the
 * analysis as published is saved, the edition is published on its day through the
 * publishing use case, and then the later figures are recorded again and the year's
 * analysis goes back to the engine's draft. The KPI pages keep the later figures; the
 * editions keep what was published, and the audit trail tells the history. Format:
 * {@code docs/sample-data-format.md}.
 */
@Component
class SampleEditions {

	private final PlanRepository plans;

	private final KpiRepository kpis;

	private final RecordingActualValue recording;

	private final SavingAnalysis analyses;

	private final PublishingEdition publishing;

	SampleEditions(PlanRepository plans, KpiRepository kpis, RecordingActualValue recording, SavingAnalysis analyses,
			PublishingEdition publishing) {
		this.plans = plans;
		this.kpis = kpis;
		this.recording = recording;
		this.analyses = analyses;
		this.publishing = publishing;
	}

	/** Publishes the editions of one file, after the plans are loaded. */
	void importEditions(YamlEntry file) {
		Plan plan = plans.findByKey(file.required("plan"))
			.orElseThrow(() -> file.fail("no plan '" + file.required("plan") + "'"));
		Viewer publisher = new Viewer(0L, SampleDataImport.USER, SampleDataImport.USER, false,
				List.of(new Grant(plan.ownerId(), Role.PLANNER, null)));
		for (YamlEntry edition : file.children("editions")) {
			FiscalYear year = FiscalYear.parse(edition.required("year"))
				.orElseThrow(() -> edition.fail("'year' is no fiscal year"));
			LocalDate on = date(edition, "publishedOn");
			List<Restore> later = new ArrayList<>();
			for (YamlEntry pending : edition.children("pending")) {
				Kpi kpi = kpis.findByKey(pending.required("kpi"))
					.filter(k -> k.planId() == plan.id())
					.orElseThrow(() -> pending.fail("no KPI '" + pending.required("kpi") + "' in the plan"));
				kpis.findValue(kpi.id(), year).ifPresent(value -> later.add(new Restore(kpi, value, pending)));
				record(pending,
						new ValueEntry(kpi.id(), year.eraLabel(), pending.has("value") ? pending.text("value") : "集計中",
								null, pending.text("expectedMonth"), pending.text("note"), null));
			}
			if (edition.has("analysis")) {
				SavingAnalysis.AnalysisOutcome saved = analyses.save(publisher, plan.id(), year,
						edition.text("analysis"));
				if (saved == SavingAnalysis.AnalysisOutcome.TOO_LONG) {
					throw edition.fail("'analysis' is too long");
				}
			}
			try {
				publishing.publish(publisher, plan.id(), year, edition.text("correctionNote"), on);
			}
			catch (Refused refused) {
				throw edition.fail("cannot be published: " + refused.getMessage());
			}
			if (edition.has("analysis")) {
				// the edition keeps the analysis as published; the year's working KPI
				// list
				// goes back to the engine's draft, which the sample data shows planners
				// (an empty text is the draft)
				analyses.save(publisher, plan.id(), year, "");
			}
			for (Restore restore : later) {
				YearlyValue value = restore.value();
				record(restore.entry(),
						new ValueEntry(restore.kpi().id(), year.eraLabel(),
								value.actual().display(restore.kpi().unit()), value.actual().status().name(), null,
								value.note(), value.source(), null));
			}
		}
	}

	private void record(YamlEntry entry, ValueEntry value) {
		RecordingOutcome outcome = recording.record(value, SampleDataImport.USER);
		if (outcome instanceof RecordingOutcome.Rejected rejected) {
			throw entry.fail("value " + value.value() + " refused: " + rejected.problems());
		}
	}

	private static LocalDate date(YamlEntry entry, String key) {
		// YAML reads an unquoted 2024-10-31 as a timestamp at midnight UTC
		if (entry.map().get(key) instanceof java.util.Date written) {
			return written.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(entry.required(key));
		}
		catch (DateTimeParseException ex) {
			throw entry.fail("'" + key + "' is no date (2024-10-31)");
		}
	}

	/** A value as it is now, to record again once the edition is published. */
	private record Restore(Kpi kpi, YearlyValue value, YamlEntry entry) {
	}

}
