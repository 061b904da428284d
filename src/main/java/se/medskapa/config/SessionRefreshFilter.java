package se.medskapa.config;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffUserDetailsService;

/**
 * Makes changes to an account reach sessions that are already open: a staff member who
 * was deactivated, or a resident whose account was deleted (on another device), is signed
 * out at the next request, and changed staff roles apply at once. Without this a session,
 * kept alive by use, would keep the rights it had at sign-in for as long as it lasts. One
 * lookup by primary key per signed-in request; visitors cost nothing.
 */
class SessionRefreshFilter extends OncePerRequestFilter {

	private final StaffUserDetailsService staff;

	private final Residents residents;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	SessionRefreshFilter(StaffUserDetailsService staff, Residents residents) {
		this.staff = staff;
		this.residents = residents;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = contextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal signedIn
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> StaffPrincipal.SECOND_FACTOR.equals(authority.getAuthority()))) {
			Optional<StaffPrincipal> current = staff.reload(signedIn.id());
			if (current.isEmpty() || !current.get().isEnabled()
					|| current.get().credentialsVersion() != signedIn.credentialsVersion()) {
				// Deactivated, deleted, or the password was reset / the second factor
				// re-enrolled since this session signed in (F9).
				signOut(request);
			}
			else if (!current.get().roles().equals(signedIn.roles())) {
				replace(current.get(), request, response);
			}
		}
		else if (authentication != null && authentication.getPrincipal() instanceof ResidentPrincipal resident
				&& residents.profile(resident.id()).isEmpty()) {
			signOut(request);
		}
		chain.doFilter(request, response);
	}

	private void signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		contextHolder.clearContext();
	}

	private void replace(StaffPrincipal current, HttpServletRequest request, HttpServletResponse response) {
		current.eraseCredentials();
		SecurityContext context = contextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current, null, current.fullAuthorities()));
		contextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

}
