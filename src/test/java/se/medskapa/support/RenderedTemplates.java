package se.medskapa.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Which Thymeleaf template answered each address the test browser asked for, so the
 * browser tests can tell which template the page they check with axe came from. Only
 * requests of the headless Chromium are recorded (MockMvc requests are not); an error
 * page is recorded under the address that failed, not under {@code /error}. Registered
 * for every test by {@link IntegrationTest}, so all tests keep sharing one Spring
 * context.
 */
public class RenderedTemplates implements WebMvcConfigurer {

	/** Servlet 6.1's RequestDispatcher.ERROR_QUERY_STRING (Tomcat 11 sets it). */
	private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

	private static final Map<String, String> TEMPLATE_BY_ADDRESS = new ConcurrentHashMap<>();

	/** The template of the page and every width (CSS px) at which axe passed it. */
	private static final Map<String, Set<Integer>> AXE_WIDTHS_BY_TEMPLATE = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				String userAgent = request.getHeader("User-Agent");
				if (view != null && view.getViewName() != null && userAgent != null
						&& userAgent.contains("HeadlessChrome")) {
					String name = view.getViewName();
					if (!name.startsWith("redirect:") && !name.startsWith("forward:")) {
						TEMPLATE_BY_ADDRESS.put(addressOf(request), name.split("::")[0].strip());
					}
				}
			}
		});
	}

	/**
	 * The template that last answered the browser at the path and query (null: none, a
	 * static file say).
	 */
	public static String templateAt(String pathAndQuery) {
		return TEMPLATE_BY_ADDRESS.get(pathAndQuery);
	}

	/** Notes that axe passed the page of the template at the width. */
	public static void axePassed(String template, int width) {
		AXE_WIDTHS_BY_TEMPLATE.computeIfAbsent(template, name -> ConcurrentHashMap.newKeySet()).add(width);
	}

	/** Every template axe passed, with the widths at which it did. */
	public static Map<String, Set<Integer>> axeWidthsByTemplate() {
		return Map.copyOf(AXE_WIDTHS_BY_TEMPLATE);
	}

	private static String addressOf(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Object query = failed == null ? null : request.getAttribute(ERROR_QUERY_STRING);
		if (query == null) {
			query = request.getQueryString();
		}
		return (failed != null ? failed : request.getRequestURI()) + (query == null ? "" : "?" + query);
	}

}
