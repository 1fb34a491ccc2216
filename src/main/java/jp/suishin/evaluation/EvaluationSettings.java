package jp.suishin.evaluation;

import java.util.List;
import java.util.Optional;

import jp.suishin.account.Role;

/**
 * The installation's settings of the evaluation: its stages in order and the average
 * personnel cost of one person-year.
 */
public interface EvaluationSettings {

	/** The stages, in order. */
	List<EvaluationStage> stages();

	long addStage(int position, String name, Role role);

	void updateStage(long stageId, int position, String name, Role role);

	void removeStage(long stageId);

	/** Whether a sheet has completed the stage (it is then kept). */
	boolean stageUsed(long stageId);

	Optional<PersonnelCost> personnelCost();

	void setPersonnelCost(PersonnelCost cost, String actor);

}
