package se.medskapa.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Turns a Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer) into the only thing we keep of it: HMAC-SHA-256 under the
 * installation's key {@code medskapa.eid.identity-key} (Base64, at least 32 bytes). The
 * same person gives the same hash on every account and in every municipality; without the
 * key the hash cannot be turned back by trying all numbers (ADR 0028).
 */
@Component
class IdentityNumbers {

	private final byte[] key;

	IdentityNumbers(@Value("${medskapa.eid.identity-key:}") String key) {
		this.key = StringUtils.hasText(key) ? Base64.getDecoder().decode(key.strip()) : null;
		if (this.key != null && this.key.length < 32) {
			throw new IllegalStateException("medskapa.eid.identity-key must be at least 32 bytes (Base64)");
		}
	}

	boolean configured() {
		return key != null;
	}

	/**
	 * The keyed hash of a valid number (12 digits, YYYYMMDDNNNN, as DIGG's profile sends
	 * it, or 10 with or without the separator), or empty for anything else.
	 */
	Optional<String> hash(String number) {
		if (key == null) {
			return Optional.empty();
		}
		return normalise(number).map(this::hmac);
	}

	static Optional<String> normalise(String number) {
		if (number == null) {
			return Optional.empty();
		}
		String digits = number.strip().replace("-", "").replace("+", "");
		if (!digits.matches("\\d{12}")) {
			// 10 digits carry no century: the providers of the Swedish profile send 12,
			// and guessing the century could join two people.
			return Optional.empty();
		}
		int month = Integer.parseInt(digits.substring(4, 6));
		int day = Integer.parseInt(digits.substring(6, 8));
		// coordination numbers add 60 to the day
		int realDay = day > 60 ? day - 60 : day;
		if (month < 1 || month > 12 || realDay < 1 || realDay > 31 || !luhn(digits.substring(2))) {
			return Optional.empty();
		}
		return Optional.of(digits);
	}

	static boolean isCoordinationNumber(String normalised) {
		return Integer.parseInt(normalised.substring(6, 8)) > 60;
	}

	private static boolean luhn(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int digit = tenDigits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private String hmac(String digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
