package se.medskapa.meetings.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.medskapa.meetings.RegistrationRefusedException;
import se.medskapa.shared.ApiLanguage;

/**
 * The event API's own refusal, in the API's shape (a translated {@code detail} and the
 * message key as {@code code}); everything else is answered by the API's shared advice.
 */
@RestControllerAdvice(assignableTypes = EventApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventApiProblems {

	private final MessageSource messages;

	EventApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RegistrationRefusedException.class)
	ProblemDetail refused(RegistrationRefusedException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
						ApiLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
		problem.setProperty("code", ex.messageKey());
		return problem;
	}

}
