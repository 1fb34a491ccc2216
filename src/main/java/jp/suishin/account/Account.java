package jp.suishin.account;

import java.time.Instant;
import java.util.List;

/**
 * A person who signs in.
 *
 * @param administrator a system administrator manages accounts; it gives no rights on any
 * organisation's data
 * @param credentialsChangedAt when the password was last changed or the account disabled
 * (sessions signed in before then end); {@code null} when never
 */
public record Account(long id, String login, String displayName, String email, boolean administrator, boolean enabled,
		List<Grant> grants, Instant credentialsChangedAt) {

	public Account {
		grants = List.copyOf(grants);
	}

	public Viewer asViewer() {
		return new Viewer(id, login, displayName, administrator, grants);
	}

}
