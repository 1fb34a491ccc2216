package jp.suishin.verification.web;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.Viewer;

import org.springframework.stereotype.Component;

/**
 * What the plan page asks about verification from its template
 * ({@code @verificationLinks}): whether to show a signed-in viewer the link to the plan's
 * verification page. A link only: the page and the use cases decide.
 */
@Component("verificationLinks")
public class VerificationLinks {

	private final AccessPolicy access;

	VerificationLinks(AccessPolicy access) {
		this.access = access;
	}

	/** Whether the viewer reads the owner's working data (planners, experts …). */
	public boolean maySee(Viewer viewer, long ownerId) {
		return viewer != null && viewer.signedIn() && access.on(viewer, ownerId).readWorking();
	}

}
