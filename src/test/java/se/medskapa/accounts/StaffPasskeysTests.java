package se.medskapa.accounts;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Passkeys of staff (ADR 0043): a staff member without one keeps TOTP only, the sign-in
 * options name only the account's own passkeys, and nothing of one account (of one
 * municipality) registers, completes or deletes anything for another.
 */
class StaffPasskeysTests extends IntegrationTest {

	@Autowired
	StaffPasskeys passkeys;

	private static StaffPrincipal staffOf(long municipalityId) {
		return TestPrincipals.staff(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE),
				municipalityId, Set.of(StaffRole.HANDLER));
	}

	@Test
	void shouldOfferNoPasskeyToStaffWithoutOne() {
		StaffPrincipal principal = staffOf(1);

		assertThat(passkeys.hasPasskey(principal)).isFalse();
		assertThat(passkeys.passkeys(principal)).isEmpty();
		assertThat(passkeys.signInOptions(principal).getAllowCredentials()).isEmpty();
	}

	@Test
	void shouldNameTheAccountByIdNotByAddress() {
		StaffPrincipal principal = staffOf(1);

		PublicKeyCredentialCreationOptions options = passkeys.registrationOptions(principal);

		assertThat(options.getUser().getName()).isEqualTo("staff-" + principal.id());
		assertThat(options.getUser().getName()).doesNotContain("@");
		assertThat(options.getRp().getId()).isEqualTo("localhost");
	}

	@Test
	void shouldNotRegisterWithAnotherMunicipalitysOptions() {
		StaffPrincipal ofA = staffOf(1);
		StaffPrincipal ofB = staffOf(2);
		PublicKeyCredentialCreationOptions optionsOfA = passkeys.registrationOptions(ofA);

		assertThatIllegalArgumentException().isThrownBy(() -> passkeys.register(ofB, optionsOfA, null));
	}

	@Test
	void shouldNotDeleteWhatIsNotOwn() {
		StaffPrincipal principal = staffOf(2);

		assertThat(passkeys.delete(principal, "AAAA")).isFalse();
	}

}
