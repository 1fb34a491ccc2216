/**
 * What a system administrator does with organisations: registers and revises them, names
 * their departments, forms collaborations and their membership, and imports the national
 * list of local governments (全国地方公共団体コード). Every use case authorises its caller itself
 * (administrators only), validates through the organisation module's value objects and
 * rules, and records each change in the audit trail. Pure Java; the wiring is in
 * {@code persistence}, the pages in {@code web}.
 * <p>
 * A module of its own rather than part of {@code organisation}: it needs
 * {@link jp.suishin.account.Viewer}, and {@code account} already depends on
 * {@code organisation}.
 */
package jp.suishin.organising;
