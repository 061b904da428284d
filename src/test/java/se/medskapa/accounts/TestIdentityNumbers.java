package se.medskapa.accounts;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random Swedish identity numbers for tests, and linking one to an account. */
public final class TestIdentityNumbers {

	private TestIdentityNumbers() {
	}

	/** A personal identity number (12 digits) with a correct check digit. */
	public static String personalNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return withCheckDigit(String.format("%04d%02d%02d%03d", 1940 + random.nextInt(70), 1 + random.nextInt(12),
				1 + random.nextInt(28), random.nextInt(1000)));
	}

	/** A coordination number (samordningsnummer): the day plus 60. */
	public static String coordinationNumber() {
		String number = personalNumber();
		int day = Integer.parseInt(number.substring(6, 8)) + 60;
		return withCheckDigit(number.substring(0, 6) + day + number.substring(8, 11));
	}

	static String withCheckDigit(String elevenDigits) {
		String nine = elevenDigits.substring(2);
		int sum = 0;
		for (int i = 0; i < nine.length(); i++) {
			int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += digit > 9 ? digit - 9 : digit;
		}
		return elevenDigits + (10 - sum % 10) % 10;
	}

	/** Links e-ID (a new identity number) to the resident, as a sign-in by e-ID would. */
	public static VerifiedIdentity link(ResidentIdentities identities, long municipalityId, long residentId) {
		ResidentIdentities.Outcome outcome = identities.signIn(municipalityId, personalNumber(),
				"http://id.elegnamnden.se/loa/1.0/loa3", null, residentId);
		if (outcome.failure() != null) {
			throw new IllegalStateException(outcome.failure().name());
		}
		return identities.verifiedIdentity(residentId).orElseThrow();
	}

}
