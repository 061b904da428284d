package se.medskapa.config;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bulkhead for the public full-text search (ADR 0038): at most
 * {@code medskapa.search.max-concurrent} searches run at a time on this node (default:
 * one per core); a search that finds no free place within
 * {@code medskapa.search.max-wait} (500 ms) is answered 503 with {@code Retry-After},
 * before any other work (session, security, database), like {@link OverloadFilter}. So a
 * flood of searches can take at most that share of the CPU and the connection pool, and
 * the lists, case pages and the liveness endpoint keep the rest.
 * <p>
 * A search is a {@code GET} of a municipality's public list, page or API, with a
 * non-blank {@code q}: {@code /{slug}/cases?q=…} and {@code /api/v1/{slug}/cases?q=…}.
 * The wait is short and bounded: a waiting request holds only its (idle) thread, and a
 * client that ignores {@code Retry-After} is slowed to one refusal per wait per
 * connection instead of a loop of refusals that would take the CPU itself.
 */
class SearchBulkhead extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SearchBulkhead.class);

	/** The public list of a municipality, as page or API. */
	private static final Pattern SEARCH_PATH = Pattern.compile("/(api/v1/)?[^/]+/cases/?");

	private final Semaphore places;

	private final int size;

	private final Duration maxWait;

	private final Duration retryAfter;

	private final ApiProblems problems;

	private final OverloadFilter.Reports reports;

	SearchBulkhead(int size, Duration maxWait, Duration retryAfter, ApiProblems problems,
			OverloadFilter.Reports reports) {
		if (size < 1) {
			throw new IllegalArgumentException("medskapa.search.max-concurrent must be at least 1: " + size);
		}
		this.places = new Semaphore(size);
		this.size = size;
		this.maxWait = maxWait;
		this.retryAfter = retryAfter;
		this.problems = problems;
		this.reports = reports;
	}

	/** How many searches may run at a time. */
	int size() {
		return size;
	}

	/**
	 * Takes a place without waiting, as a search would; {@link #leave()} gives it back.
	 * For tests that fill the bulkhead.
	 */
	boolean tryEnter() {
		return places.tryAcquire();
	}

	void leave() {
		places.release();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isSearch(request);
	}

	static boolean isSearch(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return false;
		}
		String q = request.getParameter("q");
		return q != null && !q.isBlank()
				&& SEARCH_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean entered;
		try {
			entered = places.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			entered = false;
		}
		if (!entered) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			places.release();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long refused = reports.refused();
		if (refused > 0) {
			log.warn("Search bulkhead full ({} running): {} searches answered 503 since the last report, the latest {}",
					size, refused, request.getRequestURI());
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
		problems.refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "api.problem.overloaded");
	}

}
