package se.medskapa.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * F8: on the application port only the health probes and {@code /actuator/info} are
 * public. Every other actuator endpoint (Prometheus metrics above all: per-route request
 * counts, login failures, pool saturation, JVM details) needs
 * {@code Authorization: Bearer <medskapa.metrics.token>}; without a configured token it
 * stays closed (401). The path is read decoded, as Spring MVC matches it, so an encoded
 * {@code /actuator/%70rometheus} is refused too. Runs before every other filter.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final byte[] token;

	ActuatorAccessFilter(String token) {
		this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = PATHS.getPathWithinApplication(request).toLowerCase(Locale.ROOT);
		if (isActuator(path) && !isPublic(path) && !presentsToken(request)) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"medskapa-metrics\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isActuator(String path) {
		String collapsed = path.replaceAll("/{2,}", "/");
		return collapsed.equals("/actuator") || collapsed.startsWith("/actuator/")
				|| collapsed.startsWith("/actuator;");
	}

	private static boolean isPublic(String path) {
		return path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/actuator/info");
	}

	private boolean presentsToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		return MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilter(
				@Value("${medskapa.metrics.token:}") String token) {
			FilterRegistrationBean<ActuatorAccessFilter> registration = new FilterRegistrationBean<>(
					new ActuatorAccessFilter(token));
			registration.addUrlPatterns("/*");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
