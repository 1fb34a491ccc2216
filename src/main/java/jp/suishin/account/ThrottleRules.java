package jp.suishin.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the sign-in throttle, as data. Three counts are kept for an attempt: the
 * client address's (any login), the login's (any address) and the login's from this
 * address (the pair). Each count lives for a {@link #window()} from its first failure,
 * unless it is still making somebody wait.
 * <ul>
 * <li>After {@link Limit#slowFrom()} failures the next attempt has to wait
 * {@link #firstWait()}, doubling with every further failure; after {@link Limit#lockAt()}
 * failures it waits {@link #lock()}. Slowing down comes before refusing.</li>
 * <li>The address's wait applies to every attempt from it: one client trying many logins
 * is slowed down by its address.</li>
 * <li>The login's wait applies only to addresses that have failed with this login
 * themselves (the pair has failures): a correct password from an address that has not
 * been failing is checked however many failures others caused, so nobody can lock a
 * person out by guessing at their login.</li>
 * </ul>
 * Nothing here knows whether a login exists, so neither does the answer.
 *
 * @param perLogin the limits of a login's count (from any address)
 * @param perAddress the limits of an address's count (for any login)
 */
public record ThrottleRules(Limit perLogin, Limit perAddress, Duration window, Duration firstWait, Duration lock) {

	/**
	 * Per login: 2 free failures, then 5 s, 10 s, and 15 minutes after the 5th; per
	 * address: 10 free failures (an office behind one address mistypes too), then 5 s
	 * doubling, and 15 minutes after the 20th. Counts live 15 minutes.
	 */
	public static final ThrottleRules STANDARD = new ThrottleRules(new Limit(3, 5), new Limit(10, 20),
			Duration.ofMinutes(15), Duration.ofSeconds(5), Duration.ofMinutes(15));

	/**
	 * @param slowFrom from this many failures on, the next attempt waits
	 * @param lockAt from this many failures on, the next attempt waits the whole lock
	 */
	public record Limit(int slowFrom, int lockAt) {

		public Limit {
			if (slowFrom < 1 || lockAt < slowFrom) {
				throw new IllegalArgumentException("1 <= slowFrom <= lockAt: " + slowFrom + ", " + lockAt);
			}
		}

	}

	/**
	 * One count: failures since the first of them, and until when the next attempt has to
	 * wait ({@code null}: no wait).
	 */
	public record Tally(int failures, Instant since, Instant waitUntil) {

		public static Tally none(Instant now) {
			return new Tally(0, now, null);
		}

		boolean waits(Instant now) {
			return waitUntil != null && waitUntil.isAfter(now);
		}

	}

	/**
	 * The decision on one attempt, with the counts to keep when the password is to be
	 * checked (the attempt counted as a failure until it proves correct).
	 */
	public record Decision(LoginThrottle.Verdict verdict, Tally address, Tally login, Tally pair) {

	}

	/**
	 * What a client address is counted as: an IPv4 address as it is, an IPv6 address by
	 * its /64 network (one household or server is given a whole /64, so counting single
	 * IPv6 addresses would let one client change its address for every guess).
	 */
	public static String counted(String address) {
		String text = address == null ? "" : address.strip();
		if (text.indexOf(':') < 0 || !IPV6_LITERAL.matcher(text).matches()) {
			return text;
		}
		try {
			// A literal: only its format is checked, nothing is looked up.
			InetAddress parsed = InetAddress.getByName(text);
			byte[] bytes = parsed.getAddress();
			if (bytes.length != 16) {
				return parsed.getHostAddress();
			}
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return text;
		}
	}

	private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?\\]?");

	/** How long the next attempt waits after so many failures. */
	public Duration waitAfter(Limit limit, int failures) {
		if (failures >= limit.lockAt()) {
			return lock;
		}
		if (failures < limit.slowFrom()) {
			return Duration.ZERO;
		}
		Duration wait = firstWait.multipliedBy(1L << Math.min(30, failures - limit.slowFrom()));
		return wait.compareTo(lock) > 0 ? lock : wait;
	}

	/**
	 * A count as it stands now: one whose window is over and makes nobody wait is gone.
	 */
	public Tally current(Tally tally, Instant now) {
		boolean over = !tally.since().isAfter(now.minus(window));
		return over && !tally.waits(now) ? Tally.none(now) : tally;
	}

	/**
	 * The wait the address's count makes every attempt from it take, whatever the login;
	 * known from the address's count alone, so a waiting attempt needs no other count.
	 */
	public Optional<LoginThrottle.Wait> addressWait(Tally address, Instant now) {
		Tally a = current(address, now);
		return a.waits(now) ? Optional.of(new LoginThrottle.Wait(Duration.between(now, a.waitUntil())))
				: Optional.empty();
	}

	/**
	 * Decides an attempt from the address's, the login's and the pair's counts as they
	 * are stored.
	 */
	public Decision decide(Tally address, Tally login, Tally pair, Instant now) {
		Tally a = current(address, now);
		Tally l = current(login, now);
		Tally p = current(pair, now);
		Optional<LoginThrottle.Wait> addressWaits = addressWait(a, now);
		if (addressWaits.isPresent()) {
			return new Decision(addressWaits.get(), a, l, p);
		}
		if (l.waits(now) && p.failures() > 0) {
			return new Decision(new LoginThrottle.Wait(Duration.between(now, l.waitUntil())), a, l, p);
		}
		return new Decision(new LoginThrottle.CheckPassword(), counted(a, perAddress, now), counted(l, perLogin, now),
				new Tally(p.failures() + 1, p.since(), null));
	}

	/**
	 * A count once a correct password takes its attempt back: one failure fewer, and a
	 * wait no longer than what the lowered count sets now by {@link #waitAfter} (none
	 * below the limit), so the correct attempt leaves behind no wait of its own. A longer
	 * wait is kept only as far as the remaining failures call for it.
	 */
	public Tally takenBack(Tally tally, Limit limit, Instant now) {
		int failures = Math.max(0, tally.failures() - 1);
		Duration wait = waitAfter(limit, failures);
		Instant until = wait.isZero() || tally.waitUntil() == null ? null : now.plus(wait);
		if (until != null && tally.waitUntil().isBefore(until)) {
			until = tally.waitUntil();
		}
		return new Tally(failures, tally.since(), until);
	}

	private Tally counted(Tally tally, Limit limit, Instant now) {
		int failures = tally.failures() + 1;
		Duration wait = waitAfter(limit, failures);
		Instant until = wait.isZero() ? tally.waitUntil() : now.plus(wait);
		if (tally.waitUntil() != null && until != null && tally.waitUntil().isAfter(until)) {
			until = tally.waitUntil();
		}
		return new Tally(failures, tally.since(), until);
	}

}
