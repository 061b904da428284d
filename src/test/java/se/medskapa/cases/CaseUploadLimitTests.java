package se.medskapa.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * F11: uploads are refused before they are read whole, and sending files is limited per
 * address: the container stops at 10 MB per file (413, the translated page), the intake
 * checks number and sizes before it reads any file, and forms with files count per
 * address whether they are accepted or not.
 */
@Tag("persistence")
class CaseUploadLimitTests extends IntegrationTest {

	private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Value("${medskapa.intake.limit.uploads-per-address:60}")
	int uploadsPerAddress;

	@Test
	void shouldStopReadingAFileOverTenMegabytesAndShowTheTranslatedPage() throws Exception {
		for (String language : new String[] { "sv", "en" }) {
			HttpResponse<String> response = postOverHttp(language,
					Arrays.copyOf(CaseAttachmentTests.PNG, Attachment.MAX_BYTES + 1));

			assertThat(response.statusCode()).isEqualTo(413);
			Document page = Jsoup.parse(response.body());
			Locale locale = Locale.forLanguageTag(language);
			assertThat(page.select("html").attr("lang")).as(response.body()).isEqualTo(language);
			assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("error.413.title", null, locale));
		}
		// Positive control: the same request with a small file is taken.
		assertThat(postOverHttp("sv", CaseAttachmentTests.PNG).statusCode()).isEqualTo(302);
	}

	@Test
	void shouldCheckNumberAndSizeBeforeReadingAnyFile() throws Exception {
		MockMultipartFile unread = new MockMultipartFile("attachments", "stor.png", "image/png",
				CaseAttachmentTests.PNG) {
			@Override
			public long getSize() {
				return Attachment.MAX_BYTES + 1L;
			}

			@Override
			public byte[] getBytes() {
				throw new AssertionError("read before its size was checked");
			}

			@Override
			public InputStream getInputStream() throws IOException {
				throw new AssertionError("read before its size was checked");
			}
		};

		mvc.perform(multipart("/pitea/cases").file(unread)
			.param("kind", "IDEA")
			.param("title", "Stor bild")
			.param("description", "Beskrivning")
			.with(remote())
			.with(csrf()))
			.andExpect(content()
				.string(containsString(HtmlUtils.htmlEscape(messages.getMessage("attachment.error.tooLarge",
						new Object[] { "stor.png" }, Locale.forLanguageTag("sv")), "UTF-8"))));
	}

	@Test
	void shouldLimitFormsWithFilesPerAddressRefusedOrNot() throws Exception {
		RequestPostProcessor client = remote();
		String refusedType = HtmlUtils.htmlEscape(
				messages.getMessage("attachment.error.type", new Object[] { "bild.png" }, Locale.forLanguageTag("sv")),
				"UTF-8");
		String limited = HtmlUtils
			.htmlEscape(messages.getMessage("intake.rateLimitedUploads", null, Locale.forLanguageTag("sv")), "UTF-8");
		for (int attempt = 1; attempt <= uploadsPerAddress; attempt++) {
			mvc.perform(withWrongFile(client)).andExpect(content().string(containsString(refusedType)));
		}

		mvc.perform(withWrongFile(client))
			.andExpect(content().string(containsString(limited)))
			.andExpect(content().string(not(containsString(refusedType))));
		// Without files the same address still sends a case.
		mvc.perform(multipart("/pitea/cases").param("kind", "IDEA")
			.param("title", "Utan bilaga " + UUID.randomUUID())
			.param("description", "Beskrivning")
			.param("confirmedNotDuplicate", "true")
			.with(client)
			.with(csrf())).andExpect(content().string(not(containsString(limited))));
	}

	private static MockMultipartHttpServletRequestBuilder withWrongFile(RequestPostProcessor client) {
		return multipart("/pitea/cases")
			.file(new MockMultipartFile("attachments", "bild.png", "image/png", "MZ\u0090 no image".getBytes()))
			.param("kind", "IDEA")
			.param("title", "Min ide")
			.param("description", "Beskrivning")
			.with(client)
			.with(csrf());
	}

	/**
	 * As a browser sends the form: opened for its session and CSRF token, the fields in
	 * the form's order, the token last.
	 */
	private HttpResponse<String> postOverHttp(String language, byte[] file) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String base = "http://127.0.0.1:" + port;
		HttpResponse<String> form = http
			.send(HttpRequest.newBuilder(URI.create(base + "/pitea/cases/new?lang=" + language))
				.header("Accept", HTML)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
		assertThat(token).isNotBlank();
		String boundary = "----medskapa" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "kind", "IDEA");
		field(body, boundary, "title", "Stor bild " + UUID.randomUUID());
		field(body, boundary, "description", "Beskrivning");
		field(body, boundary, "confirmedNotDuplicate", "true");
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"stor.png\""
				+ "\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		field(body, boundary, "_csrf", token);
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String forwardedFor = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		return http.send(HttpRequest.newBuilder(URI.create(base + "/pitea/cases"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", HTML)
			.header("X-Forwarded-For", forwardedFor)
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value)
			throws IOException {
		body.write(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor remote() {
		String address = "10.4." + ThreadLocalRandom.current().nextInt(250) + "."
				+ ThreadLocalRandom.current().nextInt(1, 250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
