package jp.suishin.organising;

import jp.suishin.account.Viewer;
import jp.suishin.refusal.Refused;

/** Only system administrators change organisations. */
final class Administrators {

	private Administrators() {
	}

	static void require(Viewer viewer, String what) {
		if (!viewer.signedIn() || !viewer.administrator()) {
			throw Refused.forbidden(what + " by " + (viewer.signedIn() ? viewer.login() : "the public"));
		}
	}

}
