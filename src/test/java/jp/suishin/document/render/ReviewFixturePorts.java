package jp.suishin.document.render;

import java.util.List;

import jp.suishin.account.Viewer;
import jp.suishin.document.ExpertReviews;
import jp.suishin.document.LogicModelFigures;
import jp.suishin.document.ProgramReviews;
import jp.suishin.document.YearReview;
import jp.suishin.notation.FiscalYear;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The document's ports as the evaluation, verification and logic-model modules will
 * implement them, giving {@link ReviewFixture}'s PDCA year for every plan: the sheets and
 * the effect form of R6, an opinion on R5 with its follow-up and another on R6 (so that a
 * test sees which year the package asks for), the logic model. For the tests of the pages
 * while those modules are built on other branches.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReviewFixturePorts {

	/** The R6 opinion: the package prints last year's opinions, never this one. */
	public static final String R6_OPINION = "R6の委員意見（当年度：資料の前年度欄には出ない）";

	@Bean
	ProgramReviews fixtureSheets() {
		return (viewer, planId, year) -> year.value() == 2024 ? ReviewFixture.review().programs() : List.of();
	}

	@Bean
	LogicModelFigures fixtureLogicModels() {
		return (viewer, planId) -> ReviewFixture.review().logicModels();
	}

	@Bean
	ExpertReviews fixtureOpinions() {
		return new ExpertReviews() {
			@Override
			public List<YearReview.Opinion> opinions(Viewer viewer, long planId, FiscalYear year) {
				if (year.value() == 2023) {
					return ReviewFixture.lastYearsOpinions();
				}
				if (year.value() == 2024) {
					return List.of(new YearReview.Opinion(9, "plan", "計画全体", 2024, "R6", null, "有識者 花子", R6_OPINION,
							null, null, null, null));
				}
				return List.of();
			}

			@Override
			public List<YearReview.EffectRow> effects(Viewer viewer, long planId, FiscalYear year) {
				return year.value() == 2024 ? ReviewFixture.review().effects() : List.of();
			}
		};
	}

}
