package se.medskapa.config;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.modulith.events.IncompleteEventPublications;

import se.medskapa.MedskapaApplication;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one database (ADR 0014): two runs of the application, each on its own
 * random port, share a throw-away embedded PostgreSQL of this test's own (so it neither
 * needs nor touches another server, nor the shared test context). A staff member who
 * signs in on node A is signed in on node B, also after A is gone; the scheduled job that
 * fires every second on both nodes runs once; a case sent to each node gets one receipt,
 * also when both nodes hand the outbox's incomplete publications to their listeners
 * again. Takes about 20 s; tagged {@code embedded} like
 * {@code EmbeddedPostgresServerTests} (it starts its own server, so the external-postgres
 * pass has nothing to add).
 */
@Tag("embedded")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeTests {

	static final String JOB = "cases.accountability-check";

	static EmbeddedPostgresServer database;

	static Node a;

	static Node b;

	static GreenMail mail;

	@BeforeAll
	static void startTwoNodes() {
		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		database = EmbeddedPostgresServer.start(Path.of("target", "two-node-postgres"), 0, true, false);
		a = Node.start(database.jdbcUrl(), mail.getSmtp().getPort());
		b = Node.start(database.jdbcUrl(), mail.getSmtp().getPort());
	}

	@AfterAll
	static void stop() throws IOException {
		for (Node node : new Node[] { a, b }) {
			if (node != null) {
				node.context.close();
			}
		}
		if (database != null) {
			database.close();
		}
		if (mail != null) {
			mail.stop();
		}
	}

	@Test
	@Order(1) // before the session test stops node A
	void shouldSendEachReceiptOnceWhicheverNodeTookTheCase() throws Exception {
		a.context.getBean(Municipalities.class).register("tvanodspost", "Tvånodsposts kommun", null, null, null, null);
		Map<String, Node> submitters = Map.of("receipt.a@example.se", a, "receipt.b@example.se", b);
		for (Map.Entry<String, Node> submitter : submitters.entrySet()) {
			HttpResponse<String> created = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(submitter.getValue().uri("/api/v1/tvanodspost/cases"))
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("""
							{"kind":"IDEA","title":"Fler parkbänkar","description":"Vid ån saknas bänkar.",
							 "email":"%s","publishPermission":true}""".formatted(submitter.getKey())))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> receipts().keySet().containsAll(submitters.keySet()));

		// Both nodes hand whatever the outbox still holds to their listeners again (as
		// at a restart, or the resubmission job): no second mail.
		for (Node node : new Node[] { a, b }) {
			node.context.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
		}
		Map<String, Long> once = Map.of("receipt.a@example.se", 1L, "receipt.b@example.se", 1L);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> receipts().equals(once));
		assertThat(receipts()).isEqualTo(once);
	}

	private static Map<String, Long> receipts() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			counts.merge(message.getAllRecipients()[0].toString(), 1L, Long::sum);
		}
		return counts;
	}

	@Test
	void shouldKeepASessionMadeOnOneNodeOnTheOther() throws Exception {
		long municipality = a.context.getBean(Municipalities.class)
			.register("tvanoder", "Tvånoders kommun", null, null, null, null)
			.id();
		TestStaff staff = TestStaff.create(a.context.getBean(StaffDirectory.class),
				a.context.getBean(StaffUserDetailsService.class), municipality, Set.of(StaffRole.HANDLER), List.of());
		Browser browser = new Browser();

		// Both factors on A, behind a TLS proxy (X-Forwarded-Proto from a trusted
		// address).
		HttpResponse<String> loginPage = browser.get(a, "/staff/login");
		assertThat(loginPage.headers().allValues("Set-Cookie")).as("no session for the sign-in page")
			.noneMatch(cookie -> cookie.startsWith("SESSION="))
			.anySatisfy(cookie -> assertThat(cookie).startsWith(CookieCsrfTokens.COOKIE + "=")
				.contains("Secure")
				.contains("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
		String form = loginPage.body();
		HttpResponse<String> password = browser.post(a, "/staff/login",
				Map.of("email", staff.email(), "password", staff.password(), "_csrf", csrfToken(form)));
		assertThat(password.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/staff/login/second-factor"));
		assertThat(password.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
		String codePage = browser.get(a, "/staff/login/second-factor").body();
		HttpResponse<String> code = browser.post(a, "/staff/login/second-factor",
				Map.of("code", TestTotp.code(staff.totpSecret()), "_csrf", csrfToken(codePage)));
		assertThat(code.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/staff"));

		// Only the session cookie, as a browser sends it, to B.
		String session = browser.cookies.get("SESSION");
		HttpResponse<String> onB = plainGet(b, "/staff", session);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Test [HANDLER]");
		assertThat(plainGet(b, "/staff", null).statusCode()).as("positive control: without the cookie").isEqualTo(302);

		// Not held in A's memory: A stops, B still knows the session.
		a.context.close();
		assertThat(plainGet(b, "/staff", session).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRunAJobThatFiresOnBothNodesOncePerSchedule() {
		// The nightly check fires every second on both nodes here, and its lock is held
		// for
		// an hour after a run: one run, however often both nodes try.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> b.locks.attempts(JOB) >= 3 && (a.context.isActive() ? a.locks.attempts(JOB) >= 1 : true));
		assertThat(a.locks.acquired(JOB) + b.locks.acquired(JOB)).as("runs of " + JOB + " on both nodes").isEqualTo(1);
		assertThat(a.locks.attempts(JOB) + b.locks.attempts(JOB)).as("both nodes' schedules fired")
			.isGreaterThanOrEqualTo(4);
	}

	private static String csrfToken(String html) {
		String token = Jsoup.parse(html).select("input[name=_csrf]").attr("value");
		assertThat(token).isNotBlank();
		return token;
	}

	private static HttpResponse<String> plainGet(Node node, String path, String session)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).header("Accept", "text/html").GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** One run of the application, with its own scheduler and its own lock counter. */
	record Node(ConfigurableApplicationContext context, CountingLocks locks) {

		static Node start(String jdbcUrl, int smtpPort) {
			CountingLocks locks = new CountingLocks();
			// The nodes leave the JVM's logging as the shared test context set it up: no
			// second initialisation at start, no clean-up at close.
			String loggingSystem = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
			System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
			try {
				return new Node(run(jdbcUrl, smtpPort, locks), locks);
			}
			finally {
				if (loggingSystem == null) {
					System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
				}
				else {
					System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
				}
			}
		}

		private static ConfigurableApplicationContext run(String jdbcUrl, int smtpPort, CountingLocks locks) {
			return new SpringApplicationBuilder(MedskapaApplication.class).initializers(applicationContext -> {
				applicationContext.getBeanFactory()
					.registerSingleton(MainClassesOnly.class.getName(), new MainClassesOnly());
				applicationContext.getBeanFactory().addBeanPostProcessor(locks);
			})
				.run("--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
						"--medskapa.demo-data.enabled=false", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + smtpPort, "--medskapa.deadlines.initial-delay=P3650D",
						"--medskapa.accountability.cron=* * * * * *",
						"--medskapa.accountability.lock-at-least-for=PT1H", "--server.forward-headers-strategy=native",
						"--spring.datasource.hikari.maximum-pool-size=4", "--spring.main.banner-mode=off",
						// an external database needs the key of the TOTP secrets (ADR
						// 0012); the
						// other modules' jobs stay off, only the one under test fires
						"--medskapa.totp.keys=test:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
						"--medskapa.rate-limits.purge-cron=-", "--medskapa.mail.retention-cron=-",
						"--medskapa.meetings.offer-cron=-", "--medskapa.meetings.reminder-cron=-",
						"--medskapa.contacts.retention-cron=-", "--medskapa.outbox.resubmit-cron=-");
		}

		URI uri(String path) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			return URI.create("http://127.0.0.1:" + port + path);
		}

	}

	/**
	 * Counts, per job, how often a node tried to take the lock and how often it got it.
	 */
	static final class CountingLocks implements BeanPostProcessor {

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> acquired = new ConcurrentHashMap<>();

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof LockProvider provider) {
				return (LockProvider) configuration -> count(provider, configuration);
			}
			return bean;
		}

		private Optional<SimpleLock> count(LockProvider provider, LockConfiguration configuration) {
			attempts.computeIfAbsent(configuration.getName(), name -> new AtomicInteger()).incrementAndGet();
			Optional<SimpleLock> lock = provider.lock(configuration);
			lock.ifPresent(taken -> acquired.computeIfAbsent(configuration.getName(), name -> new AtomicInteger())
				.incrementAndGet());
			return lock;
		}

		int attempts(String job) {
			return attempts.getOrDefault(job, new AtomicInteger()).get();
		}

		int acquired(String job) {
			return acquired.getOrDefault(job, new AtomicInteger()).get();
		}

	}

	/**
	 * The application as it ships: the component scan leaves out the test classes (the
	 * shared context's test beans are {@code @Import}ed, not meant for these nodes).
	 */
	static final class MainClassesOnly extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

	}

	/** Cookies by name, sent back to the node they came from, as a browser would. */
	static final class Browser {

		final Map<String, String> cookies = new LinkedHashMap<>();

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
			return send(request(node, path).GET());
		}

		HttpResponse<String> post(Node node, String path, Map<String, String> form)
				throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(Node node, String path) {
			HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
				.header("Accept", "text/html")
				.header("X-Forwarded-Proto", "https");
			if (!cookies.isEmpty()) {
				request.header("Cookie",
						cookies.entrySet()
							.stream()
							.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
							.collect(Collectors.joining("; ")));
			}
			return request;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
			return response;
		}

	}

}
