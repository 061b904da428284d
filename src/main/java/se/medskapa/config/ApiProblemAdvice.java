package se.medskapa.config;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.medskapa.cases.CaseAccessDeniedException;
import se.medskapa.cases.ConcurrentCaseChangeException;
import se.medskapa.cases.InvalidCaseActionException;
import se.medskapa.cases.InvalidCursorException;
import se.medskapa.cases.SubmissionRefusedException;
import se.medskapa.challenges.ChallengeRefusedException;
import se.medskapa.participation.ParticipationRateLimitedException;
import se.medskapa.participation.ParticipationRefusedException;
import se.medskapa.shared.HostileText.HostileTextException;
import se.medskapa.shared.NotFoundException;

/**
 * Problem details for every JSON API controller under {@code /api/**}, in the words of
 * {@link ApiProblems}: translated, with {@code code}. Spring's own refusals (an
 * unreadable body, an unknown filter value, a wrong method …) get the same treatment, so
 * a client never has to parse two shapes.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private final ApiProblems problems;

	ApiProblemAdvice(ApiProblems problems) {
		this.problems = problems;
	}

	/**
	 * An unknown municipality, case, unit or category, or one of another municipality:
	 * they look the same.
	 */
	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(HttpServletRequest request) {
		return problems.problem(HttpStatus.NOT_FOUND, "api.problem.notFound", request);
	}

	@ExceptionHandler(CaseAccessDeniedException.class)
	ProblemDetail caseForbidden(HttpServletRequest request) {
		return problems.problem(HttpStatus.FORBIDDEN, "api.problem.caseForbidden", request);
	}

	/**
	 * Someone else changed the case between reading and writing: read it again and retry.
	 */
	@ExceptionHandler(ConcurrentCaseChangeException.class)
	ProblemDetail concurrentChange(ConcurrentCaseChangeException ex, HttpServletRequest request) {
		return problems.problem(HttpStatus.CONFLICT, ex.messageKey(), request);
	}

	/**
	 * The case's state does not allow the action (closed, not taken yet, a reason missing
	 * …).
	 */
	@ExceptionHandler(InvalidCaseActionException.class)
	ProblemDetail invalidCaseAction(InvalidCaseActionException ex, HttpServletRequest request) {
		return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), request);
	}

	/**
	 * Half a map point, or too many submissions from one address (with when to retry).
	 */
	@ExceptionHandler(SubmissionRefusedException.class)
	ResponseEntity<ProblemDetail> submissionRefused(SubmissionRefusedException ex, HttpServletRequest request) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		if (ex.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()));
		}
		return response.body(problems.problem(ex.status(), ex.messageKey(), request));
	}

	/** The challenge does not take the step (the call for solutions is closed …). */
	@ExceptionHandler(ChallengeRefusedException.class)
	ProblemDetail challengeRefused(ChallengeRefusedException ex, HttpServletRequest request) {
		return problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), request);
	}

	/**
	 * A comment or support refused: nobody signed in (401), not allowed (403), too many
	 * (429, with when to retry), or a text that cannot be stored (422).
	 */
	@ExceptionHandler(ParticipationRefusedException.class)
	ResponseEntity<ProblemDetail> participationRefused(ParticipationRefusedException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.messageKey()) {
			case "participation.api.signInRequired" -> HttpStatus.UNAUTHORIZED;
			case "participation.error.notAllowed", "participation.error.eidRequired" -> HttpStatus.FORBIDDEN;
			case ParticipationRateLimitedException.MESSAGE_KEY -> HttpStatus.TOO_MANY_REQUESTS;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (ex instanceof ParticipationRateLimitedException limited) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfter().toSeconds()));
		}
		return response.body(problems.problem(status, ex.messageKey(), request));
	}

	@ExceptionHandler(InvalidCursorException.class)
	ProblemDetail invalidCursor(HttpServletRequest request) {
		return problems.problem(HttpStatus.BAD_REQUEST, "api.problem.invalidCursor", request);
	}

	/** Names the fields that failed validation, with the reason. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problems.problem(status, "api.problem.invalidFields", servletRequest(request));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Every other refusal of Spring MVC's own: its English detail is replaced by ours.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		boolean ours = body instanceof ProblemDetail problem && problem.getProperties() != null
				&& problem.getProperties().containsKey(ApiProblems.CODE);
		if (!ours && (body == null || body instanceof ProblemDetail)) {
			body = frameworkProblem(ex, statusCode, servletRequest(request));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ProblemDetail frameworkProblem(Exception ex, HttpStatusCode status, HttpServletRequest request) {
		if (refusedText(ex)) {
			// a parameter or a JSON string with control characters
			// (HostileInputConfiguration)
			return problems.problem(status, "api.problem.controlCharacters", request);
		}
		if (ex instanceof TypeMismatchException mismatch) {
			// a request parameter or path variable that did not convert names itself as
			// the property
			return problems.problem(status, "api.problem.invalidParameter", request, mismatch.getPropertyName(),
					String.valueOf(mismatch.getValue()));
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return problems.problem(status, "api.problem.missingParameter", request, missing.getParameterName());
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return problems.problem(status, "api.problem.unreadableBody", request);
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return problems.problem(status, "api.problem.methodNotAllowed", request);
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return problems.problem(status, "api.problem.unsupportedMediaType", request);
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return problems.problem(status, "api.problem.notAcceptable", request);
		}
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			return problems.problem(status, "api.problem.notFound", request);
		}
		return problems.problem(status,
				status.is5xxServerError() ? "api.problem.serverError" : "api.problem.badRequest", request);
	}

	private static boolean refusedText(Throwable ex) {
		return Causes.any(ex, HostileTextException.class::isInstance);
	}

	private static HttpServletRequest servletRequest(WebRequest request) {
		return ((ServletWebRequest) request).getRequest();
	}

}
