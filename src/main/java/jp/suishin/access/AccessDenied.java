package jp.suishin.access;

import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;

/**
 * The viewer may not do this with this organisation's data. Pages and the API answer 403
 * (or send the public to sign in).
 */
public class AccessDenied extends Refused {

	public AccessDenied(String what) {
		super(new Refusal.Forbidden(what));
	}

}
