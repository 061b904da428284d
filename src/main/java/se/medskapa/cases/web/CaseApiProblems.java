package se.medskapa.cases.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import se.medskapa.municipalities.MunicipalityNotFoundException;

/** RFC 7807 problem details for the JSON API (validation errors, unreadable bodies, unknown municipality). */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
class CaseApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(MunicipalityNotFoundException.class)
	ProblemDetail notFound(MunicipalityNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}
}
