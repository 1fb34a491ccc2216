/**
 * Sign-in, the account pages, the administration of accounts, and how a request learns
 * who is asking ({@link jp.suishin.account.web.Viewers}); used by the security
 * configuration.
 */
@org.springframework.modulith.NamedInterface("web")
package jp.suishin.account.web;
