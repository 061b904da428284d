package se.medskapa.config;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import se.medskapa.shared.ApiLanguage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one vocabulary of the JSON API's refusals, whether a controller or the staff API's
 * filter chain refuses: an RFC 7807 problem whose {@code detail} is the text of a message
 * key in the caller's language ({@link ApiLanguage}, from {@code Accept-Language}) and
 * whose {@code code} is that key, for programs to act on.
 */
@Component
class ApiProblems {

	static final String CODE = "code";

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	ProblemDetail problem(HttpStatusCode status, String code, HttpServletRequest request, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(code, arguments, request));
		problem.setProperty(CODE, code);
		return problem;
	}

	/**
	 * Writes the problem straight to the response, for refusals before any controller
	 * runs (no token, a wrong token, too many attempts).
	 */
	void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code,
			String wwwAuthenticate) throws IOException {
		ProblemDetail problem = problem(status, code, request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", HttpStatus.valueOf(status.value()).getReasonPhrase());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		body.put(CODE, code);
		if (wwwAuthenticate != null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

	/**
	 * A refusal before any controller, in the shape the caller reads: the problem on the
	 * JSON API ({@code /api/**}), the translated error page of the status elsewhere.
	 */
	void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			write(request, response, status, code, null);
		}
		else {
			response.sendError(status.value());
		}
	}

	private String text(String code, Object[] arguments, HttpServletRequest request) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, code,
				ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
	}

}
