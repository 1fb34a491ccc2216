/**
 * The read-only REST API under {@code /api/v1}: organisations, plans with their tree,
 * KPIs with values, KPI lists.
 */
package jp.suishin.api;
