/**
 * Public pages kept rendered on each node while the stamps of what they show say nothing
 * changed: a page the public reads the same for everyone is rendered once per change, not
 * once per view.
 */
package jp.suishin.pagecache;
