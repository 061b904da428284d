package se.medskapa.support;

import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;

/** Residents for full-stack tests: a new account with a unique address, signed in. */
public final class TestResidents {

	private TestResidents() {
	}

	public static ResidentPrincipal create(Residents residents) {
		return (ResidentPrincipal) residents.loadUserByUsername("resident-" + UUID.randomUUID() + "@example.se");
	}

	public static RequestPostProcessor signedIn(ResidentPrincipal resident) {
		return SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(resident, null, resident.getAuthorities()));
	}

}
