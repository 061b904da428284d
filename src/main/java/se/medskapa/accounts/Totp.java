package se.medskapa.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 time-based one-time passwords, as authenticator apps and
 * {@code oathtool --totp -b} compute them: SHA-1, 6 digits, 30-second steps. The code
 * generation itself is java-otp's; this class adds the Base32 secrets apps expect and a
 * tolerance of one step for clock drift.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP);

	private Totp() {
	}

	/**
	 * A new 160-bit secret, Base32 without padding, as typed into an authenticator app.
	 */
	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	static String code(String base32Secret, Instant at) {
		try {
			return GENERATOR.generateOneTimePasswordString(key(base32Secret), at);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("invalid TOTP secret", ex);
		}
	}

	/**
	 * The time step the code belongs to (now, one before or one after), or empty when it
	 * matches none.
	 */
	static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		if (code == null) {
			return OptionalLong.empty();
		}
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = now.getEpochSecond() / STEP.toSeconds();
		for (long step = current - 1; step <= current + 1; step++) {
			if (code(base32Secret, Instant.ofEpochSecond(step * STEP.toSeconds())).equals(digits)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String otpauthUri(String issuer, String account, String base32Secret) {
		String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer="
				+ URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=30";
	}

	private static SecretKeySpec key(String base32Secret) {
		return new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1");
	}

}
