package se.medskapa.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API is a contract: the OpenAPI document served at {@code /v3/api-docs} must
 * equal the committed {@value #SPEC_FILE}. After an intended change to the API,
 * regenerate the file and commit it:
 * <pre>./mvnw test -Dtest=OpenApiSpecificationTests -Dopenapi.update=true</pre>
 */
class OpenApiSpecificationTests extends IntegrationTest {

	static final String SPEC_FILE = "src/test/resources/openapi/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	MockMvc mvc;

	@Test
	void shouldServeTheCommittedOpenApiSpecificationWithoutLogin() throws Exception {
		String served = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String actual = pretty(JSON.readTree(served));
		Path committed = Path.of(SPEC_FILE);
		if (Boolean.getBoolean("openapi.update")) {
			Files.createDirectories(committed.getParent());
			Files.writeString(committed, actual, StandardCharsets.UTF_8);
		}
		assertThat(committed)
			.as("%s is missing. Create it with: ./mvnw test -Dtest=OpenApiSpecificationTests "
					+ "-Dopenapi.update=true", SPEC_FILE)
			.exists();
		assertThat(actual)
			.as("The API served at /v3/api-docs differs from the committed %s. If the change is intended, regenerate "
					+ "the file with ./mvnw test -Dtest=OpenApiSpecificationTests -Dopenapi.update=true, review the "
					+ "diff and commit it.", SPEC_FILE)
			.isEqualTo(pretty(JSON.readTree(Files.readString(committed, StandardCharsets.UTF_8))));
	}

	@Test
	void shouldDocumentThePublicEndpointsAndTheirProblemDetails() throws Exception {
		JsonNode spec = JSON.readTree(
				mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		JsonNode paths = spec.get("paths");
		assertThat(paths.has("/api/v1/{slug}/cases")).isTrue();
		assertThat(paths.get("/api/v1/{slug}/cases").has("get")).isTrue();
		assertThat(paths.get("/api/v1/{slug}/cases").has("post")).isTrue();
		assertThat(paths.get("/api/v1/{slug}/cases/{reference}")
			.get("get")
			.get("responses")
			.get("404")
			.get("content")
			.has("application/problem+json")).isTrue();
		assertThat(paths.propertyNames()).allSatisfy(path -> assertThat(path).startsWith("/api/"));
	}

	private static String pretty(JsonNode node) throws IOException {
		return JSON.writeValueAsString(node).replace("\r\n", "\n") + "\n";
	}

}
