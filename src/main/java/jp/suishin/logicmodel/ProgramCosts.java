package jp.suishin.logicmodel;

import java.util.Optional;

/**
 * The hook through which a program's cost comes into its logic model's input column: the
 * evaluation module (事務事業評価シート, which knows 事業費 and フルコスト per fiscal year) may implement
 * it as a Spring bean; without one, the inputs are what the planner wrote.
 */
public interface ProgramCosts {

	/**
	 * The program's cost as the input column should print it, already worded and cut to
	 * what everybody may see (事業費 1,200千円（R6年度）), or empty when none is known or public.
	 */
	Optional<String> of(long programId);

}
