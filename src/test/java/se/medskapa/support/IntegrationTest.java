package se.medskapa.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running application. All of them share one Spring
 * context (one embedded PostgreSQL, one server on a random port, MockMvc), so extend this
 * class rather than adding annotations of your own: a different annotation set starts a
 * second context. Test-wide beans are imported here, once: {@link SqlStatements} counts
 * SQL statements per thread, {@link RecordedEvents} records the modules' events,
 * {@link RenderedTemplates} which template answered the test browser, {@link FailingPage}
 * fails on purpose (for the 500 page), {@link MockMvcSessions} carries the stored session
 * from one MockMvc request to the next, and {@link CookieCsrfInTests} keeps the CSRF
 * token in its cookie whatever {@code csrf()} does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ SqlStatements.class, RecordedEvents.class, RenderedTemplates.class, FailingPage.class, MockMvcSessions.class,
		CookieCsrfInTests.class })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

	@DynamicPropertySource
	static void testInfrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", TestMailServer::port);
		TestDatabase.externalUrl().ifPresent(url -> {
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", TestDatabase::username);
			registry.add("spring.datasource.password", TestDatabase::password);
		});
	}

}
