/**
 * Loads the sample data transcribed from the seed documents
 * ({@code src/main/resources/sampledata/}, format in {@code docs/sample-data-format.md})
 * on the first start, through the same parsing and validation as user input.
 */
package jp.suishin.sampledata;
