package se.medskapa.support;

import java.time.Duration;

import org.awaitility.Awaitility;
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

	static {
		// Mail and other after-commit work runs on at most 4 listener threads (the
		// production setting, application.properties): in the shared context a test's
		// receipt can queue behind the mails of the tests before it, longer than
		// Awaitility's 10 s default on a busy machine. Waits stay waits for a condition.
		Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
	}

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
