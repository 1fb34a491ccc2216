/**
 * Accounts, the roles they hold per organisation, and who is looking at a page
 * ({@link jp.suishin.account.Viewer}). Passwords are only ever seen here as digests made
 * by an adaptive hash.
 */
package jp.suishin.account;
