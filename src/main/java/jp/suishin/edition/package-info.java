/**
 * Editions (公表版): a plan's report of a fiscal year as published, frozen with its files,
 * corrections (正誤) as new editions of the same year, and the public pages, open data and
 * catalogue built from them.
 */
package jp.suishin.edition;
