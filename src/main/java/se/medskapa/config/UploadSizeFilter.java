package se.medskapa.config;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;

/**
 * Refuses an upload over the multipart limits ({@code spring.servlet.multipart.*}) before
 * anything else reads the request: with 413 and the translated page (or the API's
 * problem), at once when {@code Content-Length} announces too much, otherwise as soon as
 * the container stops reading the part that went over. Without this the first filter to
 * read a parameter (the CSRF check) would meet the half-read body and answer 403.
 */
class UploadSizeFilter extends OncePerRequestFilter {

	private final DataSize maxRequestSize;

	private final ApiProblems problems;

	UploadSizeFilter(DataSize maxRequestSize, ApiProblems problems) {
		this.maxRequestSize = maxRequestSize;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean tooLarge = maxRequestSize.toBytes() >= 0 && request.getContentLengthLong() > maxRequestSize.toBytes();
		if (!tooLarge) {
			try {
				request.getParts();
			}
			catch (IllegalStateException | ServletException | IOException ex) {
				// Too large is refused here; a broken body is left to the handler's
				// refusal (400).
				tooLarge = sizeExceeded(ex);
			}
		}
		if (tooLarge) {
			// Tells the DispatcherServlet of the error page not to parse the body again
			// (which would fail a second time and leave Tomcat's bare error report).
			request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE,
					new MaxUploadSizeExceededException(maxRequestSize.toBytes()));
			problems.refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge");
			return;
		}
		chain.doFilter(request, response);
	}

	/** How Spring's multipart request tells a size limit from a broken body. */
	static boolean sizeExceeded(Throwable ex) {
		return Causes.any(ex, cause -> {
			String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
			return cause.getClass().getName().contains("SizeLimitExceeded")
					|| cause.getClass().getName().contains("SizeException")
					|| (message.contains("size") && message.contains("exceed"));
		});
	}

}
