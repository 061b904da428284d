package se.medskapa.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as multi-factor in a directory's answer (ADR 0034). */
class StaffSsoProviderTests {

	static final String ADFS_MFA = "http://schemas.microsoft.com/claims/multipleauthn";

	private final StaffSsoProvider provider = new StaffSsoProvider(1, "town", "Town", "https://idp.example", "client",
			null, null, ADFS_MFA + " gold", null, null, false, true, Instant.EPOCH, Map.of());

	@Test
	void shouldTakeAnMfaMethodInAmrAsMultiFactor() {
		assertThat(provider.assertsMultiFactor(List.of("pwd", "mfa"), null)).isTrue();
		assertThat(provider.assertsMultiFactor(List.of("hwk"), null)).isTrue();
		assertThat(provider.assertsMultiFactor(List.of("otp", "pwd"), null)).isTrue();
	}

	@Test
	void shouldTakeAConfiguredValueInAcrOrAmrAsMultiFactor() {
		assertThat(provider.assertsMultiFactor(null, "gold")).isTrue();
		assertThat(provider.assertsMultiFactor(List.of(ADFS_MFA), null)).isTrue();
	}

	@Test
	void shouldNotTakeAPasswordOrAnUnknownLevelAsMultiFactor() {
		assertThat(provider.assertsMultiFactor(List.of("pwd"), "silver")).isFalse();
		assertThat(provider.assertsMultiFactor(null, null)).isFalse();
		assertThat(provider.assertsMultiFactor(List.of("kba", "user"), "1")).isFalse();
	}

}
