package se.medskapa.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffSsoProviders;
import se.medskapa.accounts.StaffSsoSettings;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A staff member signs in through Keycloak's own distribution (the zip from Maven
 * Central, run with the Temurin 25 JDK) and its login page, with the realm imported from
 * {@code src/test/resources/keycloak/}. Keycloak asserts no multi-factor (its {@code acr}
 * is "1" after a password), so Medskapa's TOTP code still follows; the directory's group
 * gives the handler role. Runs only in the {@code keycloak} profile (ADR 0044).
 */
@Tag("keycloak")
class KeycloakStaffSignInTests extends BrowserTest {

	static final String REALM = "medskapa-staff";

	static final int PORT = 8180;

	static final String ISSUER = "http://localhost:" + PORT + "/realms/" + REALM;

	static final String EMAIL = "handlaggare@keycloak.medskapa.example";

	/**
	 * Keycloak's level after a password only is "1"; the municipality counts "2" as MFA.
	 */
	static final String MFA_ACR = "2";

	static Process keycloak;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffSsoProviders providers;

	@BeforeAll
	static void startKeycloak() throws Exception {
		String home = System.getProperty("medskapa.test.keycloak.home");
		String javaHome = System.getProperty("medskapa.test.keycloak.java-home");
		assertThat(home).as("run in the keycloak profile: ./mvnw verify -Pkeycloak").isNotBlank();
		Path kc = Path.of(home);
		assertThat(kc.resolve("bin/kc.sh")).as("Keycloak unpacked by the keycloak profile").exists();
		Path imports = Files.createDirectories(kc.resolve("data/import"));
		try (InputStream realm = KeycloakStaffSignInTests.class
			.getResourceAsStream("/keycloak/medskapa-staff-realm.json")) {
			Files.copy(realm, imports.resolve("medskapa-staff-realm.json"), StandardCopyOption.REPLACE_EXISTING);
		}
		long started = System.nanoTime();
		Path log = kc.resolve("keycloak.log");
		// Output to a file, not a pipe: a pipe nobody reads fills up and stops Keycloak.
		ProcessBuilder builder = new ProcessBuilder(kc.resolve("bin/kc.sh").toString(), "start-dev",
				"--http-port=" + PORT, "--http-management-port=9180", "--health-enabled=true", "--import-realm")
			.directory(kc.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("JAVA_HOME", javaHome);
		builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
		keycloak = builder.start();
		try {
			HttpClient client = HttpClient.newHttpClient();
			HttpRequest discovery = HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
				.timeout(Duration.ofSeconds(10))
				.build();
			await("Keycloak's realm answers (log: " + log + ")").atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofSeconds(1))
				.ignoreExceptions()
				.until(() -> {
					assertThat(keycloak.isAlive()).as("Keycloak still running; see %s", log).isTrue();
					return client.send(discovery, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
				});
			String configuration = client.send(discovery, HttpResponse.BodyHandlers.ofString()).body();
			assertThat(configuration).contains("\"issuer\":\"" + ISSUER + "\"");
		}
		catch (IOException | RuntimeException | AssertionError ex) {
			stopKeycloak();
			throw ex;
		}
		System.out.printf("Keycloak ready in %d s (pid %d)%n",
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), keycloak.pid());
	}

	/** Stops the process this test started (and its children), by its handle. */
	@AfterAll
	static void stopKeycloak() throws InterruptedException {
		if (keycloak == null) {
			return;
		}
		keycloak.descendants().forEach(ProcessHandle::destroy);
		keycloak.destroy();
		if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
			keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
			keycloak.destroyForcibly();
		}
		keycloak = null;
	}

	@Test
	void shouldSignInAStaffMemberThroughKeycloaksLoginPageAndAskTheCodeWithoutMultiFactor() {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		System.setProperty("medskapa.staff-sso.client-secrets." + town.slug(), "medskapa-staff-keycloak-test-secret");
		providers.configure(town.id(), new StaffSsoSettings(ISSUER, "medskapa-staff", null, null, MFA_ACR, null, null,
				false, true, Map.of(StaffRole.HANDLER, Set.of("handlers"))));
		jdbc.sql("update staff_account set email = 'was-' || id || '-' || email where email = ?")
			.params(EMAIL)
			.update();
		TestStaff member = newStaff(town.slug(), StaffRole.IDEA_COACH);
		jdbc.sql("update staff_account set email = ? where id = ?").params(EMAIL, member.id()).update();

		open("/staff/login");
		waitForNewPage(() -> find("a[href$='/oauth2/authorization/staff." + town.slug() + "']").click());
		assertThat(browser.getCurrentUrl()).startsWith(ISSUER + "/protocol/openid-connect/auth");
		type("#username", "handlaggare");
		type("#password", "Medskapa-keycloak-2026");
		waitForNewPage(() -> find("#kc-login").click());

		assertOnPage("/staff/login/second-factor");
		type("#code", TestTotp.code(member.totpSecret()));
		submitForm();
		assertOnPage("/staff");
		assertThat(principal(member).roles()).as("the directory's group mapped by the admin")
			.containsExactlyInAnyOrder(StaffRole.IDEA_COACH, StaffRole.HANDLER);
	}

}
