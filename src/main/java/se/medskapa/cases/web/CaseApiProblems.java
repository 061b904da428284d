package se.medskapa.cases.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.medskapa.cases.InvalidCursorException;
import se.medskapa.municipalities.MunicipalityNotFoundException;

/**
 * RFC 7807 problem details for the JSON API (validation errors, unreadable bodies,
 * unknown filter values, unknown municipality or case, bad page cursors).
 */
@RestControllerAdvice(assignableTypes = { CaseApiController.class, PublicCaseApiController.class })
class CaseApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(MunicipalityNotFoundException.class)
	ProblemDetail notFound(MunicipalityNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(InvalidCursorException.class)
	ProblemDetail invalidCursor(InvalidCursorException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The cursor was not handed out for this list and order. Start again without a cursor.");
		problem.setTitle("Invalid cursor");
		return problem;
	}

}
