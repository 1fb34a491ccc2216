package jp.suishin.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal tokens for the API ({@code Authorization: Bearer sui_…}). A token is shown
 * once, when it is issued; only its SHA-256 digest is kept. Tokens expire after
 * {@link #LIFETIME} and can be revoked.
 */
public final class ApiTokens {

	public static final Duration LIFETIME = Duration.ofDays(90);

	static final String PREFIX = "sui_";

	private final SecureRandom random = new SecureRandom();

	private final Store store;

	private final Clock clock;

	public ApiTokens(Store store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** A token as its owner sees it in the list (never the token itself). */
	public record Issued(long id, String name, Instant createdAt, Instant expiresAt, boolean revoked) {
	}

	/** Where token digests are kept. */
	public interface Store {

		/**
		 * Keeps a token's digest and records the issue in the audit trail, in one
		 * transaction.
		 */
		long add(long accountId, String name, String digest, Instant createdAt, Instant expiresAt, String actor);

		/** The account of an unrevoked, unexpired token. */
		Optional<Long> accountOf(String digest, Instant now);

		List<Issued> of(long accountId);

		/**
		 * Revokes one of the account's tokens and records it; false when it has none
		 * such.
		 */
		boolean revoke(long accountId, long tokenId, String actor);

		/**
		 * Revokes every token of the account and records it, inside the caller's
		 * transaction when there is one (a password change, a reset, a disabled account).
		 * @return how many tokens were revoked
		 */
		int revokeAll(long accountId, String actor);

	}

	/** Issues a token and returns it; this is the only time it is seen. */
	public String issue(long accountId, String name, String actor) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		String label = name == null || name.isBlank() ? "API" : name.strip();
		if (label.length() > 100) {
			label = label.substring(0, 100);
		}
		store.add(accountId, label, digest(token), now, now.plus(LIFETIME), actor);
		return token;
	}

	public Optional<Long> accountOf(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
			return Optional.empty();
		}
		return store.accountOf(digest(token), clock.instant());
	}

	public List<Issued> of(long accountId) {
		return store.of(accountId);
	}

	public void revoke(long accountId, long tokenId, String actor) {
		store.revoke(accountId, tokenId, actor);
	}

	static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
