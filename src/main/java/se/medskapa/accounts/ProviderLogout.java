package se.medskapa.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-out that also ends the session at the OpenID provider the session signed in
 * through (OpenID Connect RP-Initiated Logout), for residents' e-ID and staff single
 * sign-on alike, where the provider advertises an {@code end_session_endpoint}. Spring's
 * {@code OidcClientInitiatedLogoutSuccessHandler} needs the ID token in the session; we
 * keep no provider tokens (residents' carry the identity number), so the session keeps
 * only the registration's id and the request names the client instead of the token
 * ({@code client_id}, allowed by the specification; ADR 0035). Runs before the session is
 * invalidated (as a logout handler) and redirects after (as the success handler).
 */
@Component
public class ProviderLogout implements LogoutHandler, LogoutSuccessHandler {

	static final String SESSION_KEY = ProviderLogout.class.getName() + ".registration";

	private static final String REQUEST_KEY = ProviderLogout.class.getName() + ".ending";

	static final String SIGNED_OUT = "/?signedOut";

	private final MunicipalityClientRegistrations registrations;

	ProviderLogout(MunicipalityClientRegistrations registrations) {
		this.registrations = registrations;
	}

	/** Remembers the provider this session signed in through. */
	static void remember(HttpSession session, String registrationId) {
		session.setAttribute(SESSION_KEY, registrationId);
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_KEY) instanceof String registrationId) {
			request.setAttribute(REQUEST_KEY, registrationId);
		}
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String signedOut = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
			.replacePath(request.getContextPath())
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString() + SIGNED_OUT;
		response.sendRedirect(endSession(request, signedOut).orElse(request.getContextPath() + SIGNED_OUT));
	}

	private Optional<String> endSession(HttpServletRequest request, String signedOut) {
		if (!(request.getAttribute(REQUEST_KEY) instanceof String registrationId)) {
			return Optional.empty();
		}
		ClientRegistration registration = registrations.findByRegistrationId(registrationId);
		return registrations.endSessionEndpoint(registrationId)
			.filter(endpoint -> registration != null)
			.map(endpoint -> UriComponentsBuilder.fromUriString(endpoint)
				.queryParam("client_id", registration.getClientId())
				.queryParam("post_logout_redirect_uri", signedOut)
				.encode()
				.build()
				.toUriString());
	}

}
