package se.medskapa.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import se.medskapa.shared.RateLimiter;

/**
 * Limits POSTs to the sign-in, code, reset and report forms per client address, counted
 * in PostgreSQL so all nodes share the count. Too many get HTTP 429 and the friendly
 * error page.
 *
 * <p>
 * The path is compared as Spring reads it, and more loosely: decoded
 * ({@code /staff/%6cogin} is {@code /staff/login} to the form login and here), without
 * path parameters ({@code ;x=1}), without repeated or trailing slashes, in lower case.
 * Every spelling of a limited path counts in the one bucket of that path; counting a
 * spelling that Spring would not answer costs nothing. The client address is Tomcat's
 * {@code getRemoteAddr()}: behind a proxy the address Tomcat's {@code RemoteIpValve} took
 * from a trusted proxy's {@code X-Forwarded-For} ({@code docs/security.md}).
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	static final int LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final Set<String> LIMITED_PATHS = Set.of("/staff/login", "/staff/login/second-factor", "/login",
			"/login/ott", "/ott/generate", "/staff/password-reset", "/staff/invitation", "/accessibility/report");

	/** Decodes and removes {@code ;} parameters, as Spring MVC's own lookup path does. */
	private static final UrlPathHelper PATHS = new UrlPathHelper();

	private final RateLimiter rateLimiter;

	LoginRateLimitFilter(RateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equalsIgnoreCase(request.getMethod()) || limitedPath(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = limitedPath(request);
		if (!rateLimiter.tryAcquire("post:" + path + ":" + request.getRemoteAddr(), LIMIT, WINDOW)) {
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The limited path this request is a spelling of, or {@code null}. */
	static String limitedPath(HttpServletRequest request) {
		String path = PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return LIMITED_PATHS.contains(path) ? path : null;
	}

}
