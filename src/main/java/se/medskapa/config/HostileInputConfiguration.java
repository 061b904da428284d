package se.medskapa.config;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import se.medskapa.shared.HostileText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link HostileText} applied once to every piece of text a request brings, instead of
 * per field: form fields, request parameters and path variables through the data binder,
 * JSON strings through Jackson.
 *
 * <p>
 * In a form bound with a {@code BindingResult} a refused text becomes a field error
 * ({@code typeMismatch.java.lang.String}, translated) and the form is shown again with
 * what was typed; elsewhere the binder's refusal is a 400 (the translated 400 page, or
 * the API's problem with {@code code} {@code api.problem.controlCharacters}).
 */
@Configuration(proxyBeanMethods = false)
class HostileInputConfiguration {

	private static final int SIGN_IN_PARAMETER_LIMIT = 320;

	/**
	 * Sign-in requests are answered by Spring Security's filters, before any data binder:
	 * their parameters are checked here, ahead of the security chain (a NUL in a one-time
	 * token would otherwise reach the token query and end as a 500), and so is their
	 * length: nothing there is longer than an e-mail address (320), and Spring's
	 * {@code /ott/generate} stores the username in a {@code varchar(320)}.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> signInParameterCheck() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						boolean hostile = request.getParameterMap()
							.values()
							.stream()
							.flatMap(Arrays::stream)
							.anyMatch(value -> value != null
									&& (value.length() > SIGN_IN_PARAMETER_LIMIT || !HostileText.acceptable(value)));
						if (hostile) {
							response.sendError(HttpStatus.BAD_REQUEST.value());
							return;
						}
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns("/staff/login", "/login/ott", "/ott/generate");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** Registered by Spring Boot with the application's {@code JsonMapper}. */
	@Bean
	JacksonModule hostileTextModule() {
		return new SimpleModule("medskapa-hostile-text").addDeserializer(String.class, new CheckedStringDeserializer());
	}

	/**
	 * Global, so that it also applies when no handler was found yet: a broken multipart
	 * body fails while the DispatcherServlet reads it, before any controller is chosen,
	 * and Spring would answer that with a 500.
	 */
	@ControllerAdvice
	static class HostileInputAdvice {

		private final ApiProblems problems;

		HostileInputAdvice(ApiProblems problems) {
			this.problems = problems;
		}

		/**
		 * Password fields keep bidi controls: the sign-in compares with the raw
		 * parameter, so a stripped password set here could never be used to sign in.
		 */
		static final List<String> PASSWORD_FIELDS = List.of("newPassword", "repeatPassword");

		@InitBinder
		void checkText(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new CheckedTextEditor(HostileText::checked));
			for (String field : PASSWORD_FIELDS) {
				binder.registerCustomEditor(String.class, field, new CheckedTextEditor(HostileText::checkedSecret));
			}
		}

		/**
		 * A multipart body that cannot be parsed: the client's fault. Too large stays a
		 * 413, as Spring answers it.
		 */
		@ExceptionHandler(MultipartException.class)
		void brokenMultipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			HttpStatus status = ex instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
					: HttpStatus.BAD_REQUEST;
			problems.refuse(request, response, status, "api.problem.unreadableBody");
		}

	}

	static final class CheckedTextEditor extends PropertyEditorSupport {

		private final UnaryOperator<String> check;

		CheckedTextEditor(UnaryOperator<String> check) {
			this.check = check;
		}

		@Override
		public void setAsText(String text) {
			setValue(check.apply(text));
		}

	}

	static final class CheckedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return HostileText.checked(super.deserialize(parser, context));
		}

	}

}
