package se.medskapa.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import se.medskapa.shared.RateLimiter;

/**
 * Limits POSTs to the sign-in, code, reset and report forms per client address, counted
 * in PostgreSQL so all nodes share the count. Too many get HTTP 429 and the friendly
 * error page.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	static final int LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final Set<String> LIMITED_PATHS = Set.of("/staff/login", "/staff/login/second-factor", "/login",
			"/login/ott", "/ott/generate", "/staff/password-reset", "/staff/invitation", "/accessibility/report");

	private final RateLimiter rateLimiter;

	LoginRateLimitFilter(RateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !LIMITED_PATHS.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!rateLimiter.tryAcquire("post:" + path + ":" + request.getRemoteAddr(), LIMIT, WINDOW)) {
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

}
