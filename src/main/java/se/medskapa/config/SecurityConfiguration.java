package se.medskapa.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import se.medskapa.accounts.EidLogin;
import se.medskapa.accounts.MunicipalityClientRegistrations;
import se.medskapa.accounts.ProviderLogout;
import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.shared.RateLimiter;

/**
 * One filter chain for the whole site. Staff sign in with a password and then a TOTP
 * code: the password alone grants only {@link StaffPrincipal#PASSWORD_FACTOR}, which
 * opens nothing but the second-factor page. Residents sign in with Spring Security's
 * one-time-token login. Admin pages name their municipality in the path and open only to
 * that municipality's admins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StaffUserDetailsService staff, Residents residents,
			OneTimeTokenService tokens, PasswordEncoder passwordEncoder, RateLimiter rateLimiter,
			CsrfTokenRepository csrfTokens, MunicipalityClientRegistrations eidRegistrations, EidLogin eid,
			ProviderLogout providerLogout) throws Exception {
		DaoAuthenticationProvider staffPasswords = staff.passwordAuthentication(passwordEncoder);

		http.authenticationProvider(staffPasswords)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/staff/login", "/staff/password-reset/**", "/staff/invitation")
				.permitAll()
				.requestMatchers("/staff/login/second-factor")
				.hasAuthority(StaffPrincipal.PASSWORD_FACTOR)
				.requestMatchers("/staff/**")
				.hasAuthority(StaffPrincipal.SECOND_FACTOR)
				.requestMatchers("/operator/**")
				.access(staffWithRole(StaffRole.PLATFORM_OPERATOR))
				.requestMatchers("/{slug}/admin", "/{slug}/admin/**")
				.access(SecurityConfiguration::municipalityAdmin)
				.requestMatchers("/{slug}/staff/**")
				.access(SecurityConfiguration::municipalityStaff)
				.requestMatchers("/{slug}/my-cases/**", "/{slug}/cases/{reference}/follow",
						"/{slug}/cases/{reference}/unfollow", "/{slug}/contact-bank", "/{slug}/contact-bank/**",
						"/{slug}/participation/{kind}/{itemId}/sign-in", "/{slug}/e-id/link")
				.hasAuthority(ResidentPrincipal.ROLE)
				.requestMatchers("/account", "/account/**")
				.hasAuthority(ResidentPrincipal.ROLE)
				.anyRequest()
				.permitAll())
			.formLogin(form -> form.loginPage("/staff/login")
				.loginProcessingUrl("/staff/login")
				.usernameParameter("email")
				// Not defaultSuccessUrl(…, true): that forgets the page asked for, which
				// the code step returns to.
				.successHandler(new SimpleUrlAuthenticationSuccessHandler("/staff/login/second-factor"))
				.failureUrl("/staff/login?error"))
			.oneTimeTokenLogin(ott -> ott.tokenService(tokens)
				.authenticationProvider(new OneTimeTokenAuthenticationProvider(tokens, residents))
				// Our own form at /login validates the address and sends the link:
				// Spring's
				// generating endpoint (/ott/generate) resolves no request, so it issues
				// nothing and the request falls through to a 404 (F18).
				.generateRequestResolver(request -> null)
				.tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
				.loginPage("/login")
				.loginProcessingUrl("/login/ott")
				.showDefaultSubmitPage(false)
				.defaultSuccessUrl("/account")
				.failureUrl("/login?invalid"))
			// Residents' e-ID through their municipality's OpenID provider, one client
			// registration per municipality read from the database (docs/e-id.md).
			.oauth2Login(oauth -> oauth.clientRegistrationRepository(eidRegistrations)
				.authorizedClientRepository(eid.noAuthorizedClients())
				.authorizationEndpoint(endpoint -> endpoint
					.authorizationRequestResolver(eid.authorizationRequestResolver(eidRegistrations)))
				.loginPage("/login")
				.successHandler(eid.successHandler())
				.failureHandler(eid.failureHandler()))
			// Ends the provider's session too where the session signed in through one
			// (e-ID or staff single sign-on) and it supports RP-initiated logout.
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(providerLogout)
				.logoutSuccessHandler(providerLogout))
			// The JSON API uses no cookies (anonymous intake now, bearer tokens later),
			// so CSRF does not apply there.
			// The token lives in a cookie, not in the session: an anonymous visitor who
			// is
			// shown a form (the follow button, the intake, the sign-in page) gets no
			// session
			// and costs no database write (ADR 0014).
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new CookieCsrfTokens.EagerForPages())
				.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern("/api/**")))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/account/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/account"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/{slug}/my-cases/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/{slug}/cases/{reference}/follow"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/{slug}/contact-bank/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/{slug}/contact-bank"))
				// Someone asked to sign in to comment comes back to the item's page.
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/{slug}/participation/{kind}/{itemId}/sign-in"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						PathPatternRequestMatcher.pathPattern("/{slug}/e-id/link"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/staff/login"),
						PathPatternRequestMatcher.pathPattern("/**"))
				.accessDeniedHandler(secondFactorFirst()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(
						permissions -> permissions.policy("camera=(self), microphone=(), geolocation=(self)")))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new LoginRateLimitFilter(rateLimiter), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionRefreshFilter(staff, residents), SecurityContextHolderFilter.class);
		return http.build();
	}

	@Bean
	CsrfTokenRepository csrfTokenRepository(
			@Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secureCookies) {
		return CookieCsrfTokens.repository(secureCookies);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static AuthorizationManager<RequestAuthorizationContext> staffWithRole(StaffRole role) {
		return (authentication, context) -> new AuthorizationDecision(
				hasSecondFactor(authentication.get()) && hasAuthority(authentication.get(), role.authority()));
	}

	/**
	 * The slug in the path must be the admin's own municipality: URL tampering finds a
	 * closed door.
	 */
	private static AuthorizationDecision municipalityAdmin(Supplier<? extends Authentication> supplier,
			RequestAuthorizationContext context) {
		Authentication authentication = supplier.get();
		String slug = context.getVariables().get("slug");
		boolean granted = hasSecondFactor(authentication)
				&& authentication.getPrincipal() instanceof StaffPrincipal principal
				&& principal.hasRole(StaffRole.MUNICIPALITY_ADMIN) && slug != null
				&& slug.equals(principal.municipalitySlug());
		return new AuthorizationDecision(granted);
	}

	/**
	 * Staff pages of a municipality open to that municipality's own staff (both factors),
	 * whatever their role.
	 */
	static AuthorizationDecision municipalityStaff(Supplier<? extends Authentication> supplier,
			RequestAuthorizationContext context) {
		Authentication authentication = supplier.get();
		String slug = context.getVariables().get("slug");
		return new AuthorizationDecision(
				hasSecondFactor(authentication) && authentication.getPrincipal() instanceof StaffPrincipal principal
						&& slug != null && slug.equals(principal.municipalitySlug()));
	}

	private static boolean hasSecondFactor(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& hasAuthority(authentication, StaffPrincipal.SECOND_FACTOR);
	}

	private static boolean hasAuthority(Authentication authentication, String authority) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority::equals);
	}

	/**
	 * Someone who gave the password but not yet the code is sent to the code page, not
	 * shown "forbidden". A missing or wrong CSRF token stays a plain 403 for everyone.
	 */
	private static AccessDeniedHandler secondFactorFirst() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (!(exception instanceof CsrfException) && hasAuthority(authentication, StaffPrincipal.PASSWORD_FACTOR)
					&& !hasSecondFactor(authentication)) {
				redirect(response, request.getContextPath() + "/staff/login/second-factor");
				return;
			}
			forbidden.handle(request, response, exception);
		};
	}

	private static void redirect(HttpServletResponse response, String location) {
		try {
			response.sendRedirect(location);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
