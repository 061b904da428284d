package se.medskapa.accounts;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Second-factor secrets are encrypted at rest with the configured key; a secret stored in
 * clear before encryption is encrypted at start and still signs in; the demo secret
 * works.
 */
@Tag("persistence")
class TotpSecretStorageTests extends IntegrationTest {

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	TotpSecretMigration migration;

	@Autowired
	StaffCredentials credentials;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private final RequestPostProcessor client = AccountSteps.newClient();

	@Test
	void shouldStoreTheSecretEncryptedAndStillSignIn() throws Exception {
		TestStaff handler = newHandler();

		assertThat(stored(handler)).startsWith("enc:v1:test:").doesNotContain(handler.totpSecret());
		AccountSteps.signIn(mvc, handler, client);
	}

	@Test
	void shouldEncryptAClearSecretFromBeforeAtStartAndStillSignIn() throws Exception {
		TestStaff handler = newHandler();
		jdbc.sql("update staff_account set totp_secret = ? where id = ?")
			.params(handler.totpSecret(), handler.id())
			.update();
		AccountSteps.signIn(mvc, handler, client);

		migration.run(null);

		assertThat(stored(handler)).startsWith("enc:v1:test:").doesNotContain(handler.totpSecret());
		assertThat(credentials.verifySecondFactor(users.reload(handler.id()).orElseThrow(),
				TestTotp.nextCode(handler.totpSecret())))
			.isTrue();
	}

	@Test
	void shouldKeepEveryStoredSecretEncryptedTheDemoOnesIncluded() {
		assertThat(jdbc
			.sql("select count(*) from staff_account where totp_secret is not null "
					+ "and totp_secret not like 'enc:v1:%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from staff_account where totp_secret like ?")
			.param("%" + TestTotp.DEMO_SECRET + "%")
			.query(Long.class)
			.single()).isZero();
		long operator = jdbc.sql("select id from staff_account where email = 'drift@medskapa.example'")
			.query(Long.class)
			.single();
		assertThat(users.reload(operator)).isPresent();
		assertThat(TotpSecretCipher.of("test:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
			.decrypt(jdbc.sql("select totp_secret from staff_account where id = ?")
				.param(operator)
				.query(String.class)
				.single()))
			.isEqualTo(TestTotp.DEMO_SECRET);
	}

	private String stored(TestStaff staff) {
		return jdbc.sql("select totp_secret from staff_account where id = ?")
			.param(staff.id())
			.query(String.class)
			.single();
	}

	private TestStaff newHandler() {
		return TestStaff.create(directory, users, municipalities.requireBySlug("boras").id(), Set.of(StaffRole.HANDLER),
				List.of());
	}

}
