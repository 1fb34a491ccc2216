package jp.suishin.report.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.progress.ProgressSummary;
import jp.suishin.report.KpiList;
import jp.suishin.report.KpiListQuery;
import jp.suishin.report.PlanOutlineQuery;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's tree, and its KPI list (評価指標一覧) for a fiscal year. */
@Controller
class PlanController {

	private final PlanOutlineQuery outlines;

	private final KpiListQuery kpiLists;

	private final MessageSource messages;

	private final ObjectMapper json;

	PlanController(PlanOutlineQuery outlines, KpiListQuery kpiLists, MessageSource messages, ObjectMapper json) {
		this.outlines = outlines;
		this.kpiLists = kpiLists;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("outline", outlines.outline(id));
		return "report/plan";
	}

	@GetMapping("/plans/{id}/kpi-list")
	String kpiList(@PathVariable long id, @RequestParam(required = false) String year, Model model) {
		Optional<FiscalYear> requested = year == null || year.isBlank() ? Optional.empty() : FiscalYear.parse(year);
		if (year != null && !year.isBlank() && requested.isEmpty()) {
			throw new InvalidYearException(year);
		}
		KpiList list = kpiLists.kpiList(id, requested);
		model.addAttribute("list", list);
		model.addAttribute("summaryChartJson", json.writeValueAsString(summaryChart(list.summary())));
		return "report/kpi-list";
	}

	private Map<String, Object> summaryChart(ProgressSummary summary) {
		List<String> labels = summary.bands()
			.stream()
			.map(b -> messages.getMessage("progress.band." + b.band(), null, LocaleContextHolder.getLocale()) + " "
					+ messages.getMessage("kpilist.summary.tenths.value", new Object[] { b.tenths() },
							LocaleContextHolder.getLocale()))
			.toList();
		List<Integer> counts = summary.bands().stream().map(ProgressSummary.BandShare::count).toList();
		List<String> bands = summary.bands().stream().map(b -> b.band().name()).toList();
		return Map.of("type", "summary", "labels", labels, "counts", counts, "bands", bands);
	}

}
