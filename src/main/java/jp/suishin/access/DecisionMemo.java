package jp.suishin.access;

import java.util.function.Supplier;

/**
 * Where the access decisions of one page view are remembered: the organisation tree read
 * once (one look at its version stamp) and each organisation's rights decided once,
 * whatever the page asks. Nothing outlives the request, so a change is decided on by the
 * next request on every node.
 */
public interface DecisionMemo {

	/**
	 * No memo: every decision reads what it needs (outside a request, in use-case tests).
	 */
	DecisionMemo NONE = new DecisionMemo() {
		@Override
		public <T> T remember(String key, Supplier<T> compute) {
			return compute.get();
		}
	};

	/**
	 * The value kept under the key for the current page view, computed on first ask;
	 * outside a page view computed every time.
	 */
	<T> T remember(String key, Supplier<T> compute);

}
