package se.medskapa.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.shared.RateLimiter;

/**
 * Authenticates a staff API request by its bearer token (RFC 6750). A request without an
 * {@code Authorization: Bearer} header passes on unauthenticated, and the chain's entry
 * point answers 401. A wrong, revoked or expired token, or one whose owner was
 * deactivated, is answered 401 here and counted against the client's address; once an
 * address has used up its failures, its wrong tokens get 429 until the window ends. A
 * valid token is accepted whatever the count of its address.
 */
class StaffApiTokenFilter extends OncePerRequestFilter {

	static final int FAILED_ATTEMPTS = 20;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private static final String BEARER = "bearer ";

	private final StaffApiTokens tokens;

	private final RateLimiter rateLimiter;

	private final ApiProblems problems;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	StaffApiTokenFilter(StaffApiTokens tokens, RateLimiter rateLimiter, ApiProblems problems) {
		this.tokens = tokens;
		this.rateLimiter = rateLimiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
			chain.doFilter(request, response);
			return;
		}
		// The token is looked at first: other people's failures from the same address (a
		// proxy, a shared network) never block a valid token. Guessing gains nothing from
		// this, as a token has 256 random bits; the limit only slows down the guessing.
		Optional<StaffPrincipal> principal = tokens.authenticate(header.substring(BEARER.length()).strip());
		if (principal.isEmpty()) {
			String bucket = "api-token:" + request.getRemoteAddr();
			if (rateLimiter.hits(bucket, WINDOW) < FAILED_ATTEMPTS
					&& rateLimiter.tryAcquire(bucket, FAILED_ATTEMPTS, WINDOW)) {
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.invalidToken",
						"Bearer error=\"invalid_token\"");
			}
			else {
				tooManyAttempts(request, response);
			}
			return;
		}
		StaffPrincipal staff = principal.get();
		SecurityContext context = contextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.fullAuthorities()));
		contextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	private void tooManyAttempts(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(WINDOW.toSeconds()));
		problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.problem.tooManyAttempts", null);
	}

}
