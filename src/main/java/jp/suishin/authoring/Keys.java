package jp.suishin.authoring;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The keys of plans and KPIs created by a planner or an import, which name no document:
 * random, so that two nodes never hand out the same one.
 */
final class Keys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Keys() {
	}

	static String next(String prefix) {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return prefix + "-" + HexFormat.of().formatHex(bytes);
	}

}
