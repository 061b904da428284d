package se.medskapa.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.medskapa.cases.CaseAccessDeniedException;
import se.medskapa.cases.ConcurrentCaseChangeException;
import se.medskapa.cases.InvalidCaseActionException;
import se.medskapa.municipalities.MunicipalityNotFoundException;
import se.medskapa.shared.ApiLanguage;

/**
 * RFC 7807 problem details for the staff API. A refused case action carries the same
 * explanation the pages show, in the caller's language, and its message key as
 * {@code code} for programs to act on.
 */
@RestControllerAdvice(assignableTypes = StaffCaseApiController.class)
class StaffCaseApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	StaffCaseApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Someone else changed the case between reading and writing: read it again and retry.
	 */
	@ExceptionHandler(ConcurrentCaseChangeException.class)
	ProblemDetail concurrentChange(ConcurrentCaseChangeException ex, HttpServletRequest request) {
		return caseProblem(HttpStatus.CONFLICT, ex.messageKey(), request);
	}

	/**
	 * The case's state does not allow the action (closed, not taken yet, a reason missing
	 * …).
	 */
	@ExceptionHandler(InvalidCaseActionException.class)
	ProblemDetail invalidAction(InvalidCaseActionException ex, HttpServletRequest request) {
		return caseProblem(HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), request);
	}

	@ExceptionHandler(CaseAccessDeniedException.class)
	ProblemDetail accessDenied(CaseAccessDeniedException ex, HttpServletRequest request) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("api.problem.caseForbidden", request));
	}

	/**
	 * An unknown case, unit or category, or one of another municipality: they look the
	 * same.
	 */
	@ExceptionHandler(MunicipalityNotFoundException.class)
	ProblemDetail notFound(MunicipalityNotFoundException ex, HttpServletRequest request) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("api.problem.notFound", request));
	}

	/** Names the fields that failed validation, with the reason. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	private ProblemDetail caseProblem(HttpStatus status, String messageKey, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(messageKey, request));
		problem.setProperty("code", messageKey);
		return problem;
	}

	private String text(String key, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		return messages.getMessage(key, null, key, locale);
	}

}
