package se.medskapa.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TOTP secrets encrypted at rest: AES-256-GCM from the JDK, a fresh 96-bit nonce per
 * value, stored as {@code enc:v1:<key id>:<base64 of nonce and ciphertext>}. The keys
 * come from {@code medskapa.totp.keys} ({@code id:base64-key,…}); the first encrypts, all
 * decrypt, so a key is rotated by putting a new one first and keeping the old one until a
 * start has re-encrypted every secret ({@link TotpSecretMigration}). A value without the
 * prefix is a secret from before encryption, read as clear text until the start-up
 * migration encrypts it.
 */
final class TotpSecretCipher {

	static final String PREFIX = "enc:v1:";

	private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Key id to key, the current (encrypting) one first. */
	private final Map<String, SecretKeySpec> keys;

	private final String currentId;

	private TotpSecretCipher(Map<String, SecretKeySpec> keys) {
		this.keys = keys;
		this.currentId = keys.keySet().iterator().next();
	}

	/**
	 * The keys of {@code medskapa.totp.keys}: {@code id:base64}, comma-separated, each
	 * key 32 bytes.
	 */
	static TotpSecretCipher of(String keyList) {
		Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
		for (String entry : keyList.split(",")) {
			String trimmed = entry.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int colon = trimmed.indexOf(':');
			if (colon < 1) {
				throw new IllegalStateException("medskapa.totp.keys: each key is id:base64 (32 bytes)");
			}
			String id = trimmed.substring(0, colon);
			if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
				throw new IllegalStateException("medskapa.totp.keys: a key id is 1-32 letters, digits, _ or -");
			}
			byte[] key;
			try {
				key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("medskapa.totp.keys: key " + id + " is not Base64");
			}
			if (key.length != 32) {
				throw new IllegalStateException("medskapa.totp.keys: key " + id + " must be 32 bytes (AES-256)");
			}
			if (keys.putIfAbsent(id, new SecretKeySpec(key, "AES")) != null) {
				throw new IllegalStateException("medskapa.totp.keys: key id " + id + " given twice");
			}
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException("medskapa.totp.keys: no key");
		}
		return new TotpSecretCipher(keys);
	}

	/**
	 * The configured keys; without them, with the embedded database only, a key file
	 * beside its data that is created on first start. An external database without keys
	 * refuses to start.
	 */
	static TotpSecretCipher configured(String keyList, boolean embeddedDatabase, Path keyFile) {
		if (keyList != null && !keyList.isBlank()) {
			return of(keyList);
		}
		if (!embeddedDatabase) {
			throw new IllegalStateException("Set medskapa.totp.keys (MEDSKAPA_TOTP_KEYS) to id:<32 random bytes, "
					+ "Base64>, e.g. k1:$(openssl rand -base64 32): the staff's second-factor secrets are "
					+ "encrypted with it (docs/security.md)");
		}
		try {
			if (!Files.exists(keyFile)) {
				Files.createDirectories(keyFile.toAbsolutePath().getParent());
				byte[] key = new byte[32];
				RANDOM.nextBytes(key);
				Files.writeString(keyFile, "local:" + Base64.getEncoder().encodeToString(key) + "\n",
						StandardCharsets.US_ASCII);
				try {
					Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system: the folder's permissions apply.
				}
				log.info("Created the key for second-factor secrets in {}", keyFile);
			}
			return of(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create " + keyFile, ex);
		}
	}

	String encrypt(String secret) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad(currentId));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a TOTP secret", ex);
		}
	}

	/** The clear secret of a stored value; a value from before encryption as it is. */
	String decrypt(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		String rest = stored.substring(PREFIX.length());
		int colon = rest.indexOf(':');
		String id = colon < 0 ? "" : rest.substring(0, colon);
		SecretKeySpec key = keys.get(id);
		if (key == null) {
			throw new IllegalStateException("TOTP secret encrypted with key '" + id
					+ "', which medskapa.totp.keys does not hold (removed before the re-encryption?)");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(rest.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(aad(id));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
					StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("cannot decrypt a TOTP secret with key '" + id + "'", ex);
		}
	}

	/** Whether the stored value is clear text or under an older key. */
	boolean needsReencryption(String stored) {
		return stored != null && !stored.startsWith(PREFIX + currentId + ":");
	}

	List<String> keyIds() {
		return new ArrayList<>(keys.keySet());
	}

	private static byte[] aad(String keyId) {
		return ("medskapa-totp:" + keyId).getBytes(StandardCharsets.US_ASCII);
	}

}
