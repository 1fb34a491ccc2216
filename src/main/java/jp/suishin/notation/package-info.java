/**
 * Japanese numbers, units and fiscal years as people write them in city-hall documents:
 * parsing ({@code ▲312人}, {@code 1,232万人}, {@code 集計中（7月頃）}, {@code R6}) and writing them
 * back. Pure Java.
 */
package jp.suishin.notation;
