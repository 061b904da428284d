package se.medskapa.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * F12: the password step does the same work whatever the address: unknown, locked for
 * this client, locked by wrong codes, deactivated or with a wrong password, each costs
 * exactly one password hash comparison and one lock lookup, so a locked account can no
 * longer be told from an unknown address by the time it takes to answer.
 */
class StaffPasswordAuthenticationProviderTests {

	private static final String CLIENT = "198.51.100.7";

	private final AtomicInteger comparisons = new AtomicInteger();

	private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final String hash = delegate.encode("rätt lösenord");

	private final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return delegate.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			comparisons.incrementAndGet();
			return delegate.matches(raw, encoded);
		}
	};

	private final StaffAccountRepository repository = mock(StaffAccountRepository.class);

	private final LoginAttempts attempts = mock(LoginAttempts.class);

	private final StaffUserDetailsService users = new StaffUserDetailsService(repository, attempts);

	@Test
	void shouldCompareOnePasswordAndLookUpTheLockForEveryKindOfRefusal() {
		when(repository.findPrincipalByEmail(anyString())).thenReturn(Optional.empty());
		staff("vanlig@kommun.se", true, null);
		staff("avstangd@kommun.se", false, null);
		staff("kodlast@kommun.se", true, Instant.now().plusSeconds(600));
		staff("last@kommun.se", true, null);
		when(attempts.locked("last@kommun.se", CLIENT)).thenReturn(true);

		for (String refused : new String[] { "okand@kommun.se", "vanlig@kommun.se|fel", "avstangd@kommun.se",
				"kodlast@kommun.se", "last@kommun.se" }) {
			String email = refused.split("\\|")[0];
			String password = refused.endsWith("|fel") ? "fel" : "rätt lösenord";
			comparisons.set(0);

			assertThatThrownBy(() -> users.passwordAuthentication(counting).authenticate(attempt(email, password)))
				.as(refused)
				.isInstanceOf(AuthenticationException.class);

			assertThat(comparisons).as(refused).hasValue(1);
			verify(attempts).locked(email, CLIENT);
		}
	}

	@Test
	void shouldLetTheRightPasswordInWhenNotLocked() {
		staff("vanlig@kommun.se", true, null);

		assertThat(users.passwordAuthentication(counting)
			.authenticate(attempt("vanlig@kommun.se", "rätt lösenord"))
			.isAuthenticated()).isTrue();
	}

	private void staff(String email, boolean active, Instant lockedUntil) {
		when(repository.findPrincipalByEmail(email)).thenReturn(Optional.of(new StaffPrincipal(7, 1L, "boras", email,
				"Personal", hash, Set.of(StaffRole.HANDLER), active, lockedUntil, 0)));
	}

	private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
				password);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(CLIENT);
		token.setDetails(new WebAuthenticationDetails(request));
		return token;
	}

}
