package jp.suishin.evaluation;

import java.math.BigDecimal;

/**
 * What a sheet was evaluated on, kept when its first stage is completed: the donations
 * designated to the program then (in the sheet's unit) and the installation's average
 * personnel cost in force. From then on the sheet's cost is computed from these, so a
 * donation recorded or a personnel cost changed later does not change it.
 *
 * @param average {@code null} when the administrator had set none
 */
public record FrozenFigures(BigDecimal donations, PersonnelCost average) {

}
