package se.medskapa.config;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.shared.ApiLanguage;
import se.medskapa.shared.RateLimiter;
import tools.jackson.databind.json.JsonMapper;

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
			JsonMapper json, MessageSource messages) throws Exception {
		ApiProblems problems = new ApiProblems(json, messages);
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

	/** Problem details written by the filter chain, before any controller runs. */
	static final class ApiProblems {

		private final JsonMapper json;

		private final MessageSource messages;

		ApiProblems(JsonMapper json, MessageSource messages) {
			this.json = json;
			this.messages = messages;
		}

		void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
				String wwwAuthenticate) throws IOException {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", status.getReasonPhrase());
			problem.put("status", status.value());
			problem.put("detail", messages.getMessage(detailKey, null,
					ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
			problem.put("instance", request.getRequestURI());
			if (wwwAuthenticate != null) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
			}
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
		}

	}

}
