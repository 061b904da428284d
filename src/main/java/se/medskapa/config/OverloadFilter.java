package se.medskapa.config;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load visibly instead of failing: a request that found no free database connection
 * within the pool's wait ({@code spring.datasource.hikari.connection-timeout}, 3 s) or
 * whose statement was cancelled by a statement timeout ({@code PublicReads}) is answered
 * 503 with {@code Retry-After} ({@code medskapa.overload.retry-after}, 10 s): the
 * translated 503 page for a browser, an RFC 7807 problem for the JSON API. It wraps
 * everything, the security filters included, as they read the database too.
 */
class OverloadFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OverloadFilter.class);

	/** PostgreSQL's {@code query_canceled}: a statement timeout or a cancel. */
	private static final String QUERY_CANCELED = "57014";

	private final ApiProblems problems;

	private final Duration retryAfter;

	OverloadFilter(ApiProblems problems, Duration retryAfter) {
		this.problems = problems;
		this.retryAfter = retryAfter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isOverload(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Overload: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					rootCause(ex).toString());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
			problems.refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.problem.overloaded");
		}
	}

	/**
	 * No connection in time, or a statement cancelled: load, not a fault (a fault is a
	 * 500).
	 */
	static boolean isOverload(Throwable ex) {
		return Causes.any(ex,
				cause -> cause instanceof CannotGetJdbcConnectionException || cause instanceof QueryTimeoutException
						|| cause instanceof SQLTransientConnectionException
						|| (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())));
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
