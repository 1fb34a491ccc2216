package jp.suishin.account;

import java.util.List;

/**
 * Who is looking: a signed-in account with its grants, or the public.
 *
 * @param accountId {@code null} for the public
 */
public record Viewer(Long accountId, String login, String displayName, boolean administrator, List<Grant> grants) {

	/** Somebody who has not signed in: sees published values only and changes nothing. */
	public static final Viewer PUBLIC = new Viewer(null, null, null, false, List.of());

	public Viewer {
		grants = List.copyOf(grants);
	}

	public boolean signedIn() {
		return accountId != null;
	}

	/** The name changes are attributed to. */
	public String actor() {
		if (!signedIn()) {
			throw new IllegalStateException("the public changes nothing");
		}
		return login;
	}

}
