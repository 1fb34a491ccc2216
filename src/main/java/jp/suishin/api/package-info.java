/**
 * The REST API under {@code /api/v1}: organisations, plans with their tree, KPIs with
 * values and KPI lists for anyone (published values only), and, for signed-in accounts
 * (session with CSRF token, or a personal bearer token), recording values and running the
 * yearly collection. Documented in {@code /api/openapi.yaml}.
 */
package jp.suishin.api;
