package se.medskapa.support;

import java.lang.reflect.Constructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Keeps the shared context's CSRF tokens in their cookie (ADR 0014) however many tests
 * use {@code with(csrf())}. That post-processor, the first time it meets a CSRF filter
 * whose repository is not its own test repository, replaces it for good with one that
 * falls back to Spring's session-held tokens: from then on every request of the shared
 * context, the browser tests' included, would store its token in a session again.
 * Installing the test repository at start, around the application's cookie repository,
 * leaves {@code csrf()} nothing to replace.
 */
@TestComponent
public class CookieCsrfInTests implements SmartInitializingSingleton {

	private final ObjectProvider<SecurityFilterChain> chains;

	public CookieCsrfInTests(ObjectProvider<SecurityFilterChain> chains) {
		this.chains = chains;
	}

	/** Once every bean exists (the filter chains are made early, before most others). */
	@Override
	public void afterSingletonsInstantiated() {
		chains.orderedStream().flatMap(chain -> chain.getFilters().stream()).forEach(filter -> {
			if (filter instanceof CsrfFilter csrf) {
				CsrfTokenRepository application = (CsrfTokenRepository) ReflectionTestUtils.getField(csrf,
						"tokenRepository");
				ReflectionTestUtils.setField(csrf, "tokenRepository", testRepositoryAround(application));
			}
		});
	}

	private static CsrfTokenRepository testRepositoryAround(CsrfTokenRepository application) {
		try {
			Class<?> type = Class.forName(SecurityMockMvcRequestPostProcessors.class.getName()
					+ "$CsrfRequestPostProcessor$TestCsrfTokenRepository");
			Constructor<?> constructor = type.getDeclaredConstructor(CsrfTokenRepository.class);
			constructor.setAccessible(true);
			return (CsrfTokenRepository) constructor.newInstance(application);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Spring Security's test CSRF repository changed", ex);
		}
	}

}
