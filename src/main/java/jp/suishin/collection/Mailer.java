package jp.suishin.collection;

import java.util.List;

/** Sends e-mail (SMTP in the application, a local SMTP server in tests). */
public interface Mailer {

	/**
	 * Sends one message to each address.
	 * @return false when no mail server is configured
	 */
	boolean send(List<String> to, String subject, String body);

}
