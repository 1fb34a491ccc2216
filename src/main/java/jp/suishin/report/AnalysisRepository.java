package jp.suishin.report;

import java.time.Instant;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/** Where a planner's edited analysis (分析・対応方向) of a plan's year is kept. */
public interface AnalysisRepository {

	Optional<SavedAnalysis> find(long planId, FiscalYear year);

	void save(long planId, FiscalYear year, String text, String user);

	void delete(long planId, FiscalYear year, String user);

	/** The text a planner saved, and who saved it. */
	record SavedAnalysis(String text, Instant updatedAt, String updatedBy) {
	}

}
