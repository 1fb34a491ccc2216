/**
 * The yearly report of a plan (推進状況の報告) as one self-contained document:
 * {@link jp.suishin.document.ReportDocument} holds every figure and text the report
 * prints, computed from the data by {@code DraftingReport} (never typed), so that an
 * edition can keep it as published and the HTML, PDF, xlsx and open-data renderers all
 * print the same thing from it.
 */
package jp.suishin.document;
