/**
 * Corporate donations (企業版ふるさと納税) received against a plan's budget guide (寄附の金額の目安,
 * {@link jp.suishin.plan.DonationBudget}): who gave, when, how much in the unit the plan
 * writes money in, and the program it is designated to; the totals per fiscal year, the
 * cumulative total over the guide's period and the share of the guide reached. A donor
 * who does not want to be named is never named on a page, in the API to the public or in
 * a document. Examples loaded as sample data are marked as such wherever they are shown.
 */
package jp.suishin.donation;
