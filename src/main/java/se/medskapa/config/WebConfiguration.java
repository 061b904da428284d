package se.medskapa.config;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish first, English complete; the choice made with {@code ?lang=} is remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

	/**
	 * Our own message source: Boot's auto-configuration wants a base
	 * {@code messages.properties}, and we want no third copy of the texts. Swedish is the
	 * fallback for anything without a language. Every module brings its own bundle pair
	 * ({@code messages/cases_sv.properties} and {@code messages/cases_en.properties}, …);
	 * the bundles are found once at start by their Swedish file, so a new module adds its
	 * two files and no line here.
	 */
	@Bean
	MessageSource messageSource() throws IOException {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(MessageBundles.basenames().toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(SUPPORTED.get(0));
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setDefaultLocale(SUPPORTED.get(0));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Accepts only the languages we have complete texts for; anything else falls back to
	 * Swedish.
	 */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("medskapa-lang");
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return supported(super.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, locale == null ? null : supported(locale));
		}

		private static Locale supported(Locale locale) {
			return SUPPORTED.stream()
				.filter(s -> s.getLanguage().equals(locale.getLanguage()))
				.findFirst()
				.orElse(SUPPORTED.get(0));
		}

	}

}
