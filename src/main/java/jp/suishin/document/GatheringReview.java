package jp.suishin.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.notation.FiscalYear;

/**
 * Gathers a plan's {@link YearReview} from the modules that keep its parts; a part whose
 * module is not there is empty.
 */
public final class GatheringReview {

	private final List<ProgramReviews> programs;

	private final List<ExpertReviews> experts;

	private final List<LogicModelFigures> logicModels;

	private final List<DonationReports> donations;

	public GatheringReview(List<ProgramReviews> programs, List<ExpertReviews> experts,
			List<LogicModelFigures> logicModels, List<DonationReports> donations) {
		this.programs = List.copyOf(programs);
		this.experts = List.copyOf(experts);
		this.logicModels = List.copyOf(logicModels);
		this.donations = List.copyOf(donations);
	}

	public static GatheringReview none() {
		return new GatheringReview(List.of(), List.of(), List.of(), List.of());
	}

	public YearReview of(Viewer viewer, long planId, FiscalYear year) {
		List<YearReview.ProgramReview> sheets = new ArrayList<>();
		programs.forEach(p -> sheets.addAll(p.of(viewer, planId, year)));
		List<YearReview.EffectRow> effects = new ArrayList<>();
		List<YearReview.Opinion> opinions = new ArrayList<>();
		for (ExpertReviews expert : experts) {
			effects.addAll(expert.effects(viewer, planId, year));
			opinions.addAll(expert.opinions(viewer, planId, year));
		}
		List<YearReview.LogicModel> models = new ArrayList<>();
		logicModels.forEach(l -> models.addAll(l.of(viewer, planId)));
		YearReview.Donations received = donations.stream()
			.map(d -> d.of(viewer, planId, year))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		return new YearReview(sheets, effects, opinions, models, received);
	}

	/**
	 * The opinions of a year alone (last year's, with their follow-up, in the package).
	 */
	public List<YearReview.Opinion> opinions(Viewer viewer, long planId, FiscalYear year) {
		List<YearReview.Opinion> opinions = new ArrayList<>();
		experts.forEach(e -> opinions.addAll(e.opinions(viewer, planId, year)));
		return opinions;
	}

}
