package se.medskapa.accounts;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The resident side of OpenID Connect sign-in (Spring Security's {@code oauth2Login}):
 * adds the requested level of assurance to the authorization request, and once Spring has
 * checked state, nonce, signature, issuer and expiry, turns the provider's answer into a
 * signed-in {@link ResidentPrincipal}. The provider's token and claims are dropped there:
 * what stays in the session is the resident's id, address and name, never the identity
 * number. Any refusal ends on the municipality's sign-in page with a translated
 * explanation ({@code /{slug}/login?eid=<code>}). The staff single sign-on's answers
 * (registrations {@code staff.<slug>}) go to {@link StaffSsoLogin} and end on the staff
 * sign-in page ({@code /staff/login?sso=<code>}) when refused (ADR 0034).
 */
@Component
public class EidLogin {

	static final String LINK_RESIDENT = EidLogin.class.getName() + ".linkResident";

	static final String RETURN_TO = EidLogin.class.getName() + ".returnTo";

	private static final String CALLBACK = "/login/oauth2/code/";

	private static final String STAFF_REFUSED = "/staff/login?sso=";

	private static final Logger log = LoggerFactory.getLogger(EidLogin.class);

	private final EidProviders providers;

	private final ResidentIdentities identities;

	private final StaffSsoProviders staffProviders;

	private final StaffSsoLogin staffLogin;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	EidLogin(EidProviders providers, ResidentIdentities identities, StaffSsoProviders staffProviders,
			StaffSsoLogin staffLogin) {
		this.providers = providers;
		this.identities = identities;
		this.staffProviders = staffProviders;
		this.staffLogin = staffLogin;
	}

	/**
	 * Remembers that the signed-in resident asked to link e-ID, and where to go after;
	 * the caller then redirects to {@link #authorizationPath(String)}.
	 */
	public void startLinking(HttpSession session, long residentId, String returnTo) {
		session.setAttribute(LINK_RESIDENT, residentId);
		session.setAttribute(RETURN_TO, returnTo);
	}

	/** Where the sign-in with the municipality's provider starts. */
	public static String authorizationPath(String slug) {
		return "/oauth2/authorization/" + slug;
	}

	public OAuth2AuthorizationRequestResolver authorizationRequestResolver(
			MunicipalityClientRegistrations registrations) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				return withLevel(request, resolver.resolve(request));
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				return withLevel(request, resolver.resolve(request, registrationId));
			}
		};
	}

	private OAuth2AuthorizationRequest withLevel(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
		if (authorization == null) {
			return null;
		}
		String registrationId = authorization.getAttribute("registration_id");
		Map<String, Object> parameters = new HashMap<>(authorization.getAdditionalParameters());
		Optional<String> acrValues = staffSlug(registrationId) != null
				? staffProviders.forMunicipality(staffSlug(registrationId)).map(StaffSsoProvider::acrValues)
				: providers.forMunicipality(registrationId).map(EidProvider::acrValues);
		acrValues.filter(acr -> !acr.isBlank()).ifPresent(acr -> parameters.put("acr_values", acr));
		parameters.put("ui_locales", RequestContextUtils.getLocale(request).getLanguage());
		return OAuth2AuthorizationRequest.from(authorization).additionalParameters(parameters).build();
	}

	/**
	 * Keeps no provider tokens: residents' e-ID is used to sign in, never to call the
	 * provider's APIs, and the tokens carry the identity number.
	 */
	public OAuth2AuthorizedClientRepository noAuthorizedClients() {
		return new OAuth2AuthorizedClientRepository() {

			@Override
			@SuppressWarnings("unchecked")
			public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
					Authentication principal, HttpServletRequest request) {
				return null;
			}

			@Override
			public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
					HttpServletRequest request, HttpServletResponse response) {
			}

			@Override
			public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
					HttpServletRequest request, HttpServletResponse response) {
			}
		};
	}

	public AuthenticationSuccessHandler successHandler() {
		return this::signedIn;
	}

	public AuthenticationFailureHandler failureHandler() {
		return this::refused;
	}

	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (authentication instanceof OAuth2AuthenticationToken staffToken
				&& staffSlug(staffToken.getAuthorizedClientRegistrationId()) != null) {
			staffSignedIn(request, response, staffToken);
			return;
		}
		HttpSession session = request.getSession();
		Long linkTo = (Long) session.getAttribute(LINK_RESIDENT);
		String returnTo = (String) session.getAttribute(RETURN_TO);
		session.removeAttribute(LINK_RESIDENT);
		session.removeAttribute(RETURN_TO);
		Attempt attempt = new Attempt(slugOf(request), linkTo, returnTo);
		// Whatever happens next, the provider's answer leaves the session now.
		signIn(request, response, linkTo == null ? null : identities.principal(linkTo).orElse(null));
		if (!(authentication instanceof OAuth2AuthenticationToken token)
				|| !(token.getPrincipal() instanceof OidcUser user)) {
			fail(request, response, attempt, EidFailure.FAILED);
			return;
		}
		Optional<EidProvider> provider = providers.forMunicipality(token.getAuthorizedClientRegistrationId());
		if (provider.isEmpty()) {
			fail(request, response, attempt, EidFailure.NOT_CONFIGURED);
			return;
		}
		String level = user.getClaimAsString("acr");
		if (!provider.get().acceptedLevels().isEmpty() && !provider.get().acceptedLevels().contains(level)) {
			fail(request, response, attempt, EidFailure.LEVEL_TOO_LOW);
			return;
		}
		ResidentIdentities.Outcome outcome = identities.signIn(provider.get().municipalityId(),
				user.getClaimAsString(provider.get().identityClaim()), level, name(user, provider.get()), linkTo);
		if (outcome.failure() != null) {
			fail(request, response, attempt, outcome.failure());
			return;
		}
		signIn(request, response, outcome.resident());
		ProviderLogout.remember(session, token.getAuthorizedClientRegistrationId());
		response.sendRedirect(request.getContextPath()
				+ (returnTo != null ? returnTo + (returnTo.contains("?") ? "&" : "?") + "eid=linked" : "/account"));
	}

	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		// The reason for the log, never the token or its claims. The session keeps
		// whoever
		// was signed in before (a resident who asked to link stays signed in).
		log.info("e-ID sign-in refused: {} {}", exception.getClass().getSimpleName(),
				exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "");
		HttpSession session = request.getSession(false);
		if (staffSlug(callbackId(request)) != null) {
			response.sendRedirect(request.getContextPath() + STAFF_REFUSED + StaffSsoLogin.Failure.FAILED.code());
			return;
		}
		Attempt attempt = new Attempt(slugOf(request), null, null);
		if (session != null) {
			attempt = new Attempt(attempt.slug(), (Long) session.getAttribute(LINK_RESIDENT),
					(String) session.getAttribute(RETURN_TO));
			session.removeAttribute(LINK_RESIDENT);
			session.removeAttribute(RETURN_TO);
		}
		fail(request, response, attempt, EidFailure.FAILED);
	}

	/** Signs in the resident, or no one. */
	private void signIn(HttpServletRequest request, HttpServletResponse response, ResidentPrincipal resident) {
		SecurityContext context = contexts.createEmptyContext();
		if (resident != null) {
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(resident, null, resident.getAuthorities()));
		}
		contexts.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

	private record Attempt(String slug, Long linkTo, String returnTo) {
	}

	private void fail(HttpServletRequest request, HttpServletResponse response, Attempt attempt, EidFailure failure)
			throws IOException {
		String page;
		if (attempt.linkTo() != null) {
			String returnTo = attempt.returnTo() != null ? attempt.returnTo() : "/account";
			page = returnTo + (returnTo.contains("?") ? "&" : "?");
		}
		else {
			boolean known = attempt.slug() != null && providers.forMunicipality(attempt.slug()).isPresent();
			page = (known ? "/" + attempt.slug() + "/login" : "/login") + "?";
		}
		response.sendRedirect(request.getContextPath() + page + "eid=" + failure.code());
	}

	private static String slugOf(HttpServletRequest request) {
		String slug = callbackId(request);
		return slug != null && slug.matches("[a-z0-9-]+") ? slug : null;
	}

	private static String callbackId(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith(CALLBACK) ? path.substring(CALLBACK.length()) : null;
	}

	/** The municipality of a staff single sign-on registration, else null. */
	private static String staffSlug(String registrationId) {
		if (registrationId == null || !registrationId.startsWith(MunicipalityClientRegistrations.STAFF_PREFIX)) {
			return null;
		}
		String slug = registrationId.substring(MunicipalityClientRegistrations.STAFF_PREFIX.length());
		return slug.matches("[a-z0-9-]+") ? slug : null;
	}

	/**
	 * A staff member signed in at the directory: with multi-factor asserted, fully signed
	 * in; otherwise as after the password, so that the TOTP code is asked next. A
	 * resident's session signed in before is replaced either way.
	 */
	private void staffSignedIn(HttpServletRequest request, HttpServletResponse response,
			OAuth2AuthenticationToken token) throws IOException {
		StaffSsoLogin.Outcome outcome = token.getPrincipal() instanceof OidcUser user
				? staffLogin.signIn(staffSlug(token.getAuthorizedClientRegistrationId()), user)
				: StaffSsoLogin.Outcome.refused(StaffSsoLogin.Failure.FAILED);
		HttpSession session = request.getSession();
		session.removeAttribute(LINK_RESIDENT);
		session.removeAttribute(RETURN_TO);
		SecurityContext context = contexts.createEmptyContext();
		if (outcome.failure() != null) {
			session.removeAttribute(ProviderLogout.SESSION_KEY);
			contexts.setContext(context);
			contextRepository.saveContext(context, request, response);
			response.sendRedirect(request.getContextPath() + STAFF_REFUSED + outcome.failure().code());
			return;
		}
		StaffPrincipal principal = outcome.principal();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				outcome.multiFactor() ? principal.fullAuthorities() : principal.getAuthorities()));
		contexts.setContext(context);
		contextRepository.saveContext(context, request, response);
		ProviderLogout.remember(session, token.getAuthorizedClientRegistrationId());
		if (!outcome.multiFactor()) {
			response.sendRedirect(request.getContextPath() + "/staff/login/second-factor");
			return;
		}
		SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
		response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/staff");
	}

	private static String name(OidcUser user, EidProvider provider) {
		String name = user.getClaimAsString(provider.nameClaim());
		if (name == null && user.getGivenName() != null) {
			name = user.getGivenName() + (user.getFamilyName() == null ? "" : " " + user.getFamilyName());
		}
		return name;
	}

}
