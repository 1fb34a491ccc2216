package jp.suishin.organising;

import jp.suishin.organisation.LocalGovernmentCode;

/**
 * One row of the national list: a prefecture (no municipality name) or a municipality.
 *
 * @param row from 1, as the sheet numbers it
 * @param name the municipality's name, or the prefecture's for a prefecture's own row
 * @param codeColumn the letters of the code's column, for problems found later
 * @param prefectureColumn the letters of the prefecture name's column
 */
record ListedGovernment(String sheet, int row, LocalGovernmentCode code, String prefectureName, String name,
		boolean prefecture, String codeColumn, String prefectureColumn) {

}
