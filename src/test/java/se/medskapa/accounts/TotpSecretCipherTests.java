package se.medskapa.accounts;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-GCM for the second-factor secrets, and how a key is rotated. Plain, no Spring. */
class TotpSecretCipherTests {

	static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	static final String K1 = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	static final String K2 = "k2:HxweHRwbGhkYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgE=";

	@Test
	void shouldStoreNoClearSecretAndReadItBack() {
		TotpSecretCipher cipher = TotpSecretCipher.of(K1);
		String stored = cipher.encrypt(SECRET);

		assertThat(stored).startsWith("enc:v1:k1:").doesNotContain(SECRET);
		assertThat(cipher.encrypt(SECRET)).as("a fresh nonce each time").isNotEqualTo(stored);
		assertThat(cipher.decrypt(stored)).isEqualTo(SECRET);
		assertThat(cipher.needsReencryption(stored)).isFalse();
	}

	@Test
	void shouldReadAClearSecretFromBeforeEncryptionUntilItIsMigrated() {
		TotpSecretCipher cipher = TotpSecretCipher.of(K1);
		assertThat(cipher.decrypt(SECRET)).isEqualTo(SECRET);
		assertThat(cipher.needsReencryption(SECRET)).isTrue();
	}

	@Test
	void shouldRotateANewKeyInFirstAndTheOldOneOutAfterReencryption() {
		String underOld = TotpSecretCipher.of(K1).encrypt(SECRET);
		TotpSecretCipher rotating = TotpSecretCipher.of(K2 + "," + K1);

		assertThat(rotating.decrypt(underOld)).isEqualTo(SECRET);
		assertThat(rotating.needsReencryption(underOld)).isTrue();
		String underNew = rotating.encrypt(rotating.decrypt(underOld));
		assertThat(underNew).startsWith("enc:v1:k2:");

		TotpSecretCipher rotated = TotpSecretCipher.of(K2);
		assertThat(rotated.decrypt(underNew)).isEqualTo(SECRET);
		assertThatThrownBy(() -> rotated.decrypt(underOld)).hasMessageContaining("'k1'");
	}

	@Test
	void shouldRefuseATamperedValueAndBadKeys() {
		TotpSecretCipher cipher = TotpSecretCipher.of(K1);
		String stored = cipher.encrypt(SECRET);
		char last = stored.charAt(stored.length() - 3);
		String tampered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A')
				+ stored.substring(stored.length() - 2);
		assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> TotpSecretCipher.of("k1:c2hvcnQ=")).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> TotpSecretCipher.of(K1 + "," + K1)).hasMessageContaining("twice");
		assertThatThrownBy(() -> TotpSecretCipher.of(" ")).hasMessageContaining("no key");
	}

	@Test
	void shouldRefuseToStartOnAnExternalDatabaseWithoutKeys(@TempDir Path folder) {
		assertThatThrownBy(() -> TotpSecretCipher.configured("", false, folder.resolve("totp.keys")))
			.hasMessageContaining("MEDSKAPA_TOTP_KEYS");
	}

	@Test
	void shouldCreateAKeyFileOnceForTheEmbeddedQuickStart(@TempDir Path folder) throws Exception {
		Path keyFile = folder.resolve("data").resolve("totp.keys");
		String stored = TotpSecretCipher.configured(null, true, keyFile).encrypt(SECRET);
		String key = Files.readString(keyFile);

		assertThat(TotpSecretCipher.configured(null, true, keyFile).decrypt(stored)).isEqualTo(SECRET);
		assertThat(Files.readString(keyFile)).isEqualTo(key);
		assertThat(Files.getPosixFilePermissions(keyFile)).hasSize(2);
	}

}
