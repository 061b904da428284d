package se.medskapa.config;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10's crash test, run by the Maven profile {@code crash} (on with {@code CI=true},
 * so {@code .ci/run} runs it in {@code ./mvnw -B verify}, after the jar is packaged): the
 * packaged application in a JVM of its own on the machine's PostgreSQL (a database of its
 * own, dropped afterwards), GreenMail in this JVM (it outlives the application), intake
 * from 32 parallel clients with many {@code X-Forwarded-For} addresses, {@code kill -9}
 * in the middle, restart, then: every 201 stored, every stored case's receipt received
 * exactly once by Message-ID (ADR 0045; raw duplicates are printed).
 */
class CrashIT {

	private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");

	private static final int PORT = Integer.getInteger("medskapa.crash.port", 8098);

	private static final String RUN = "crash" + System.currentTimeMillis();

	private static final String SERVER_URL = System.getenv()
		.getOrDefault("MEDSKAPA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String DATABASE = "medskapa_bench_h_crash_" + System.currentTimeMillis();

	private static GreenMail mail;

	private static Path log;

	private final String totpKey = totpKey();

	@BeforeAll
	static void start() throws Exception {
		try (Connection server = DriverManager.getConnection(SERVER_URL, "postgres", "");
				Statement statement = server.createStatement()) {
			statement.execute("create database " + DATABASE);
		}
		mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		log = Files.createTempFile("medskapa-crash", ".log");
	}

	@AfterAll
	static void stop() throws Exception {
		if (mail != null) {
			mail.stop();
		}
		try (Connection server = DriverManager.getConnection(SERVER_URL, "postgres", "");
				Statement statement = server.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
		}
	}

	@Test
	void shouldKeepEveryAcknowledgedSubmissionAndSendEachReceiptOnceAcrossAKill() throws Exception {
		Process first = startApplication();
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger sequence = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(32);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (int client = 0; client < 32; client++) {
			clients.submit(() -> {
				while (running.get()) {
					submit(http, sequence.incrementAndGet(), acknowledged);
				}
				return null;
			});
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 100);
		first.destroyForcibly(); // SIGKILL
		first.waitFor();
		running.set(false);
		clients.shutdown();
		clients.awaitTermination(40, TimeUnit.SECONDS);
		Set<String> acknowledgedAtKill = Set.copyOf(acknowledged);

		Process second = startApplication();
		try {
			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> count("select count(*) from event_publication where completion_date is null") == 0);
			int mailsBefore = mail.getReceivedMessages().length;
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(30))
				.until(() -> mail.getReceivedMessages().length == mailsBefore);

			List<String> stored = strings(
					"select reference from cases where submitter_email like 'bench-" + RUN + "-%'");
			List<String> emails = strings(
					"select lower(submitter_email) from cases where submitter_email like 'bench-" + RUN + "-%'");
			Map<String, Set<String>> ids = new HashMap<>();
			Map<String, Integer> raw = new HashMap<>();
			for (MimeMessage message : mail.getReceivedMessages()) {
				String to = message.getAllRecipients()[0].toString().toLowerCase();
				ids.computeIfAbsent(to, t -> new HashSet<>()).add(message.getMessageID());
				raw.merge(to, 1, Integer::sum);
			}
			List<String> notOnce = new ArrayList<>();
			int duplicates = 0;
			for (String email : emails) {
				if (ids.getOrDefault(email, Set.of()).size() != 1) {
					notOnce.add(email + "=" + ids.getOrDefault(email, Set.of()).size());
				}
				duplicates += raw.getOrDefault(email, 0) - ids.getOrDefault(email, Set.of()).size();
			}
			System.out.printf(
					"CRASH acknowledged=%d stored=%d stored_not_acknowledged=%d receipts_exactly_once=%d not_once=%d raw_duplicates=%d%n",
					acknowledgedAtKill.size(), stored.size(),
					stored.stream().filter(r -> !acknowledgedAtKill.contains(r)).count(),
					emails.size() - notOnce.size(), notOnce.size(), duplicates);
			assertThat(stored).as("every acknowledged submission stored").containsAll(acknowledgedAtKill);
			assertThat(notOnce).as("stored cases whose receipt did not arrive exactly once (by Message-ID)").isEmpty();
		}
		finally {
			second.destroy();
			second.waitFor(30, TimeUnit.SECONDS);
			second.destroyForcibly();
		}
	}

	private static void submit(HttpClient http, int n, Set<String> acknowledged) {
		String email = "bench-%s-%d@example.se".formatted(RUN, n);
		String body = """
				{"kind":"IDEA","title":"Bättre belysning vid gångväg %d","description":"Förslag %d: belysningen \
				behöver ses över, särskilt på kvällar.","email":"%s","name":"Krock %d","publishPermission":true}"""
			.formatted(n, n, email, n);
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/boras/cases"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header("X-Forwarded-For", "10.%d.%d.%d".formatted(n / 62500 % 250, n / 250 % 250, n % 250 + 1))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 201) {
				Matcher reference = REFERENCE.matcher(response.body());
				if (reference.find()) {
					acknowledged.add(reference.group(1));
				}
			}
		}
		catch (Exception ex) {
			// the kill: no answer, nothing acknowledged
		}
	}

	private Process startApplication() throws Exception {
		File jar = Files.list(Path.of("target"))
			.filter(p -> p.getFileName().toString().matches("medskapa-.*\\.jar"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no packaged jar in target/ (mvn package first)"))
			.toFile();
		String database = SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + DATABASE;
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.getPath(), "--server.port=" + PORT)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> env = builder.environment();
		env.put("SPRING_DATASOURCE_URL", database);
		env.put("SPRING_DATASOURCE_USERNAME", "postgres");
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()));
		env.put("MEDSKAPA_DEMO_DATA_ENABLED", "true");
		env.put("MEDSKAPA_TOTP_KEYS", "k1:" + this.totpKey);
		Process process = builder.start();
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(process.isAlive()).as("the application exited; its log: %s", log).isTrue();
			try {
				return http
					.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (Exception ex) {
				return false;
			}
		});
		return process;
	}

	private static String base() {
		return "http://127.0.0.1:" + PORT;
	}

	private static long count(String sql) throws Exception {
		return Long.parseLong(strings(sql).get(0));
	}

	private static List<String> strings(String sql) throws Exception {
		String database = SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + DATABASE;
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(database, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static String totpKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
