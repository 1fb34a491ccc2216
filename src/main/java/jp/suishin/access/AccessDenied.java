package jp.suishin.access;

/**
 * The viewer may not do this with this organisation's data. Pages and the API answer 403
 * (or send the public to sign in).
 */
public class AccessDenied extends RuntimeException {

	public AccessDenied(String what) {
		super(what);
	}

}
