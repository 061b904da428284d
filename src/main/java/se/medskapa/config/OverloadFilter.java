package se.medskapa.config;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

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
 * <p>
 * Under overload every request would be a WARN line and the log would become the next
 * bottleneck: the first refusal is logged at once, the following ones as one summary per
 * {@code medskapa.overload.log-interval} (10 s) with their number and the latest request
 * ({@link Reports}).
 */
class OverloadFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OverloadFilter.class);

	/** PostgreSQL's {@code query_canceled}: a statement timeout or a cancel. */
	private static final String QUERY_CANCELED = "57014";

	private final ApiProblems problems;

	private final Duration retryAfter;

	private final Reports reports;

	OverloadFilter(ApiProblems problems, Duration retryAfter) {
		this(problems, retryAfter, new Reports(Duration.ofSeconds(10), System::nanoTime));
	}

	OverloadFilter(ApiProblems problems, Duration retryAfter, Reports reports) {
		this.problems = problems;
		this.retryAfter = retryAfter;
		this.reports = reports;
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
			long refused = reports.refused();
			if (refused == 1) {
				log.warn("Overload: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
						rootCause(ex).toString());
			}
			else if (refused > 1) {
				log.warn("Overload: {} requests answered 503 since the last report, the latest {} {} ({})", refused,
						request.getMethod(), request.getRequestURI(), rootCause(ex).toString());
			}
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

	/**
	 * Counts the refusals and tells when to report them: the first at once, then at most
	 * one report per interval, with the number refused since the previous report.
	 */
	static final class Reports {

		private final long intervalNanos;

		private final LongSupplier nanoTime;

		private final AtomicLong unreported = new AtomicLong();

		private final AtomicLong nextReportAt;

		Reports(Duration interval, LongSupplier nanoTime) {
			this.intervalNanos = interval.toNanos();
			this.nanoTime = nanoTime;
			this.nextReportAt = new AtomicLong(nanoTime.getAsLong());
		}

		/**
		 * Counts one refusal.
		 * @return how many refusals to report now (this one included), or 0 when the
		 * report waits for the interval to pass
		 */
		long refused() {
			unreported.incrementAndGet();
			long now = nanoTime.getAsLong();
			long due = nextReportAt.get();
			if (now - due >= 0 && nextReportAt.compareAndSet(due, now + intervalNanos)) {
				return unreported.getAndSet(0);
			}
			return 0;
		}

	}

}
