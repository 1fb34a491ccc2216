/**
 * Turning problems into the messages people read: the one helper every controller uses.
 */
@org.springframework.modulith.NamedInterface("web")
package jp.suishin.refusal.web;
