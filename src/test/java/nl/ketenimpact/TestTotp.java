package nl.ketenimpact;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What an authenticator app shows: TOTP codes (RFC 6238, 30 s, 6 digits) for a base32 secret, as the tests type them. */
public final class TestTotp {

	/** The secret the demo users who need a second factor are enrolled with (README). */
	public static final String DEMO_SECRET = "KETENIMPACTDEMO7";

	private TestTotp() {
	}

	public static long step() {
		return System.currentTimeMillis() / 1000 / 30;
	}

	/** The code of a time step; the server takes the current step and its two neighbours, each once. */
	public static String code(String secret, long step) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String now(String secret) {
		return code(secret, step());
	}
}
