package jp.suishin.document;

import java.util.List;

import jp.suishin.account.Viewer;

/** The logic models of a plan's programs: the port the logic-model module implements. */
public interface LogicModelFigures {

	List<YearReview.LogicModel> of(Viewer viewer, long planId);

}
