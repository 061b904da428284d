package se.medskapa.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import se.medskapa.shared.RateLimiter;
import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * F3: the address every rate limit counts is the client's, taken from
 * {@code X-Forwarded-For} only when the request comes from a trusted proxy (Tomcat's
 * {@code RemoteIpValve}, {@code server.forward-headers-strategy=native}), and then the
 * right-most address that is not a trusted proxy: what a client writes into the header
 * itself (the left-most values) never gives it a fresh bucket. Real HTTP requests, as
 * MockMvc has no valve.
 */
@Tag("persistence")
class ClientAddressTests extends IntegrationTest {

	@Autowired
	RateLimiter rateLimiter;

	@Autowired
	WebServerApplicationContext context;

	@Value("${local.server.port}")
	int port;

	@Test
	void shouldCountTheRightMostAddressBeforeTheTrustedProxyAndNotWhatTheClientWrote() throws Exception {
		String spoofed = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);

		// Other tests of the shared context call from 127.0.0.1 directly: compare with
		// before.
		int proxyBefore = rateLimiter.hits(bucket("127.0.0.1"), StaffApiTokenFilter.WINDOW);

		// The test is the proxy on this machine (127.0.0.1), which appends the client.
		assertThat(wrongToken("127.0.0.1", spoofed + ", " + client)).isEqualTo(401);

		assertThat(rateLimiter.hits(bucket(client), StaffApiTokenFilter.WINDOW)).isEqualTo(1);
		assertThat(rateLimiter.hits(bucket(spoofed), StaffApiTokenFilter.WINDOW)).isZero();
		assertThat(rateLimiter.hits(bucket("127.0.0.1"), StaffApiTokenFilter.WINDOW)).isEqualTo(proxyBefore);
	}

	@Test
	void shouldIgnoreTheHeaderFromAnAddressThatIsNoTrustedProxy() throws Exception {
		Optional<String> ownAddress = nonLoopbackAddress();
		Assumptions.assumeTrue(ownAddress.isPresent(), "no non-loopback address on this machine");
		String spoofed = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		int before = rateLimiter.hits(bucket(ownAddress.get()), StaffApiTokenFilter.WINDOW);

		assertThat(wrongToken(ownAddress.get(), spoofed)).isEqualTo(401);

		assertThat(rateLimiter.hits(bucket(ownAddress.get()), StaffApiTokenFilter.WINDOW)).isEqualTo(before + 1);
		assertThat(rateLimiter.hits(bucket(spoofed), StaffApiTokenFilter.WINDOW)).isZero();
	}

	@Test
	void shouldTrustNoPrivateNetworkByDefaultOnlyAProxyOnThisMachine() {
		RemoteIpValve valve = (RemoteIpValve) Arrays
			.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getEngine().getPipeline().getValves())
			.filter(RemoteIpValve.class::isInstance)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no RemoteIpValve: server.forward-headers-strategy is not native"));
		Pattern trusted = Pattern.compile(valve.getInternalProxies());

		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		for (String untrusted : new String[] { "10.0.0.1", "192.168.1.10", "172.16.0.5", "203.0.113.5" }) {
			assertThat(trusted.matcher(untrusted).matches()).as(untrusted).isFalse();
		}
	}

	private int wrongToken(String host, String forwardedFor) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/umea/staff/cases"))
			.header("Authorization", "Bearer msk_wrong")
			.header("X-Forwarded-For", forwardedFor)
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static String bucket(String address) {
		return "api-token:" + address;
	}

	private static Optional<String> nonLoopbackAddress() throws Exception {
		return NetworkInterface.networkInterfaces().filter(network -> {
			try {
				return network.isUp() && !network.isLoopback();
			}
			catch (Exception ex) {
				return false;
			}
		})
			.flatMap(NetworkInterface::inetAddresses)
			.filter(Inet4Address.class::isInstance)
			.map(InetAddress::getHostAddress)
			.findFirst();
	}

}
