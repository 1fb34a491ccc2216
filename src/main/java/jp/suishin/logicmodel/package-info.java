/**
 * A program's logic model (ロジックモデル): what goes in (inputs, its cost), what is done
 * (activities), what comes out (outputs) and what changes in the short, medium and long
 * term (outcomes), each element a text and, optionally, a KPI of the plan that measures
 * it (with that KPI's unit and direction). Written by the planners of the plan's owner,
 * public like the plan's programs, drawn by
 * {@link jp.suishin.document.render.LogicModelSvg} on the program's logic-model page and
 * in the documents ({@link LogicModels} is this module's
 * {@link jp.suishin.document.LogicModelFigures}).
 */
package jp.suishin.logicmodel;
