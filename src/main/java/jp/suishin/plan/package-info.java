/**
 * Plans (総合戦略, 地域再生計画, ビジョン, 政策展開方針) as trees: goals, the levels below them with the
 * names each plan gives its levels, and the concrete programs under a node.
 */
package jp.suishin.plan;
