package jp.suishin.planimport;

import java.time.Duration;
import java.util.Optional;

/**
 * Uploaded KPI sheets kept between the steps of an import in the browser (dry run,
 * re-runs, commit), readable only by the account that uploaded them, for a day.
 */
public interface ImportUploads {

	/** How long an upload is kept. */
	Duration KEPT = Duration.ofDays(1);

	/** An upload as kept. */
	record Upload(String token, long accountId, long ownerId, String planName, String period, String fileName,
			byte[] content) {
	}

	/**
	 * Keeps an upload (and purges those older than {@link #KEPT}).
	 * @return its token, unguessable
	 */
	String keep(long accountId, long ownerId, String planName, String period, String fileName, byte[] content);

	/** The upload of the token, if it is the account's and still kept. */
	Optional<Upload> find(String token, long accountId);

	/** Forgets an upload once imported. */
	void forget(String token);

}
