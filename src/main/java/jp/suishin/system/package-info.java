/** Cross-cutting configuration: security headers, locale, clock. */
package jp.suishin.system;
