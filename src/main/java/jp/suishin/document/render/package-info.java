/**
 * The renderers of a report document: HTML, PDF and xlsx. Open to the modules that store
 * or serve rendered reports (editions, the command line).
 */
@NamedInterface("render")
package jp.suishin.document.render;

import org.springframework.modulith.NamedInterface;
