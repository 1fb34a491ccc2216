/**
 * The application's ports in memory, one implementation each, for plain-JUnit tests of
 * the use cases. A port that a test does not need to drive refuses the call
 * ({@link UnsupportedOperationException}), so that a test fails loudly when its use case
 * starts to need more. Ports built on one {@link jp.suishin.testing.InMemoryWork} note in
 * its journal what they were asked, and whether inside a unit of work.
 */
package jp.suishin.testing;
