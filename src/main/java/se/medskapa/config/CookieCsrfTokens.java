package se.medskapa.config;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token in a cookie of its own instead of the HTTP session (ADR 0014). A session
 * is a row in PostgreSQL; with the token in the session every anonymous view of a page
 * with a form (a public case with its follow button, the intake, the sign-in page) wrote
 * one. The cookie is {@code HttpOnly} (the forms carry the token in a hidden field, no
 * script reads it), {@code SameSite=Lax}, and {@code Secure} when the request is (behind
 * a TLS proxy through the forwarded headers) or when
 * {@code server.servlet.session.cookie.secure=true}.
 */
final class CookieCsrfTokens {

	static final String COOKIE = "XSRF-TOKEN";

	private CookieCsrfTokens() {
	}

	static CsrfTokenRepository repository(Boolean secure) {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(COOKIE);
		repository.setCookieCustomizer(cookie -> {
			cookie.sameSite("Lax").httpOnly(true);
			if (secure != null) {
				cookie.secure(secure);
			}
		});
		return repository;
	}

	/**
	 * Masks the token against BREACH like Spring Security's default, but loads it at the
	 * start of every page request rather than when a template first asks for it: by then
	 * a long page may have committed the response, and a cookie set after that is lost
	 * (the form would then fail with 403). The JSON API uses no CSRF token and gets no
	 * cookie.
	 */
	static final class EagerForPages implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			return masked.resolveCsrfTokenValue(request, csrfToken);
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				Supplier<CsrfToken> deferredCsrfToken) {
			masked.handle(request, response, deferredCsrfToken);
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!path.startsWith("/api/") && !path.startsWith("/actuator/")) {
				deferredCsrfToken.get();
			}
		}

	}

}
