package se.medskapa.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The links of the language switch in the layout: the page the visitor is on, with its
 * own query kept (the token of a sign-in link, an invitation or a password reset) and
 * only {@code lang} replaced. A plain {@code href="?lang=en"} would drop that query.
 * Built on the server because templates see no request in Thymeleaf 3.1 and the CSP
 * allows no inline script. Boot's error controller is a controller too; on its pages the
 * address that failed (which the error dispatch records) is used, so "English" on a 404
 * page shows the same 404 in English rather than a page at {@code /error}.
 */
@ControllerAdvice
class LanguageSwitchLinks {

	static final String MODEL_ATTRIBUTE = "languageLinks";

	private static final String PARAMETER = "lang";

	/**
	 * Language tag ({@code sv}, {@code en}) to the link that shows the current page in
	 * that language.
	 */
	@ModelAttribute(MODEL_ATTRIBUTE)
	Map<String, String> languageLinks(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorUri instanceof String uri ? uri : request.getRequestURI();
		String query = errorUri instanceof String ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
				: request.getQueryString();
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : WebConfiguration.SUPPORTED) {
			links.put(language.getLanguage(), href(path, query, language.getLanguage()));
		}
		return links;
	}

	/**
	 * The path with the query's parameters in their order and encoding, without any old
	 * {@code lang}, and {@code lang=language} last. Only a path on this site is used:
	 * anything else links to the start page.
	 */
	static String href(String path, String query, String language) {
		boolean sitePath = path != null && path.startsWith("/") && !path.startsWith("//");
		StringJoiner parameters = new StringJoiner("&");
		if (query != null) {
			for (String parameter : query.split("&")) {
				if (!parameter.isEmpty() && !isLanguageParameter(parameter)) {
					parameters.add(parameter);
				}
			}
		}
		parameters.add(PARAMETER + "=" + language);
		return (sitePath ? path : "/") + "?" + parameters;
	}

	private static boolean isLanguageParameter(String parameter) {
		String name = parameter.split("=", 2)[0];
		try {
			return PARAMETER.equals(URLDecoder.decode(name, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException malformed) {
			return PARAMETER.equals(name);
		}
	}

}
