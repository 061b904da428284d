package se.medskapa.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.shared.RateLimiter;

/**
 * The staff API ({@code /api/v1/{municipality}/staff/**}) has a filter chain of its own,
 * before the site's: a personal API token in {@code Authorization: Bearer …} on every
 * request, no session, no cookies and therefore no CSRF token. The token acts for its
 * owner, with the owner's current roles, and only in the owner's municipality. Refusals
 * are RFC 7807 problem details: 401 without a valid token, 403 for another municipality,
 * 429 after too many wrong tokens from one address.
 */
@Configuration(proxyBeanMethods = false)
class StaffApiSecurityConfiguration {

	static final String STAFF_API = "/api/v1/*/staff/**";

	@Bean
	@Order(1)
	SecurityFilterChain staffApiFilterChain(HttpSecurity http, StaffApiTokens tokens, RateLimiter rateLimiter,
			ApiProblems problems) throws Exception {
		http.securityMatcher(STAFF_API)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/{slug}/staff/**")
				.access(SecurityConfiguration::municipalityStaff)
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, exception) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "api.problem.unauthorized", "Bearer"))
				.accessDeniedHandler((request, response, exception) -> problems.write(request, response,
						HttpStatus.FORBIDDEN, "api.problem.forbidden", null)))
			.addFilterBefore(new StaffApiTokenFilter(tokens, rateLimiter, problems), AuthorizationFilter.class);
		return http.build();
	}

}
