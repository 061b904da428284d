package se.medskapa.support;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/** Computes TOTP codes as an authenticator app would, for tests that sign staff in. */
public final class TestTotp {

	/** The demo staff accounts' secret (see README). */
	public static final String DEMO_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(
			Duration.ofSeconds(30));

	private TestTotp() {
	}

	public static String code(String base32Secret) {
		return code(base32Secret, Instant.now());
	}

	/**
	 * A code of the next 30-second step: accepted too, and not a replay of the current
	 * one.
	 */
	public static String nextCode(String base32Secret) {
		return code(base32Secret, Instant.now().plusSeconds(30));
	}

	public static String code(String base32Secret, Instant at) {
		try {
			return GENERATOR
				.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"), at);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
