package se.medskapa.accounts;

import java.util.Locale;

/**
 * Why a sign-in or link by e-ID did not happen; each has its own translated explanation.
 */
public enum EidFailure {

	/**
	 * Refused by the protocol: state, nonce, signature, issuer, expiry, or the provider
	 * said no.
	 */
	FAILED,

	/**
	 * The municipality has no (working) provider, or the installation no identity key.
	 */
	NOT_CONFIGURED,

	/** The answer carried no valid Swedish identity number. */
	NO_NUMBER,

	/** The level of assurance was lower than the municipality asks for. */
	LEVEL_TOO_LOW,

	/** This e-ID belongs to another account already, or this account to another e-ID. */
	LINKED_ELSEWHERE;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static EidFailure fromCode(String code) {
		for (EidFailure failure : values()) {
			if (failure.code().equals(code)) {
				return failure;
			}
		}
		return FAILED;
	}

}
