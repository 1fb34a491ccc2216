/**
 * Organisations (nation, prefecture, subprefectural bureau, municipality, council) and
 * collaborations of several organisations that own a plan together. Every value in
 * Suishin belongs to one of them.
 */
package jp.suishin.organisation;
