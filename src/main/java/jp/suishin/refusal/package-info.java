/**
 * Why a request was not carried out, as one closed set that every channel (page, API,
 * upload, import, CLI) maps once: not found, forbidden, conflict, or invalid with the
 * problems per field. Pure Java; {@code web} turns problems into messages.
 */
package jp.suishin.refusal;
