package se.medskapa.cases.web;

import java.io.InputStream;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of the public open-feedback pages for anonymous visitors (issue 10, ADR
 * 0019): the list, a case, the showcase and the statistics answer with an {@code ETag} (a
 * hash of the page) and {@code Cache-Control: private, max-age=60}, and with
 * {@code 304 Not Modified} when the browser already holds that page. Signed-in users
 * never get either: their pages name them and carry their forms, so they keep Spring
 * Security's {@code no-store}. The cache is private because a first visit also sets the
 * CSRF cookie. Runs after the security filter chain, which has set the user.
 */
class PublicPageCaching extends ShallowEtagHeaderFilter {

	/** How long a browser may show a public page without asking again. */
	static final String CACHE_CONTROL = "private, max-age=60";

	private static final Pattern PUBLIC_PAGES = Pattern
		.compile("/[a-z0-9-]+/(cases|cases/[A-Z]{1,5}-[0-9]{4}-[0-9]+|implemented|statistics)");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !PUBLIC_PAGES.matcher(path).matches() || !anonymous();
	}

	@Override
	protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
			int responseStatusCode, InputStream inputStream) {
		if (responseStatusCode != HttpServletResponse.SC_OK) {
			return false;
		}
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.addHeader(HttpHeaders.VARY, "Cookie");
		}
		return super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PublicPageCaching> publicPageCaching() {
			FilterRegistrationBean<PublicPageCaching> registration = new FilterRegistrationBean<>(
					new PublicPageCaching());
			registration.addUrlPatterns("/*");
			// After Spring Security's chain (order -100), which sets the user.
			registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
			return registration;
		}

	}

}
