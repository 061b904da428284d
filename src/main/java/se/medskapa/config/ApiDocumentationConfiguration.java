package se.medskapa.config;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and licence of the OpenAPI document springdoc serves at {@code /v3/api-docs}.
 * The server is given as "/" (relative), so the document is the same on every host and
 * compares with the committed copy. Every operation can be answered 503 with
 * {@code Retry-After} under overload ({@link OverloadFilter}), so every operation lists
 * it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

	@Bean
	OpenAPI medskapaOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Medskapa API")
				.version("v1")
				.description("Ideas, proposals and feedback to Swedish municipalities: the one entry point and open "
						+ "feedback. Every path names the municipality. Errors are RFC 7807 problem details.")
				.license(new License().name("EUPL-1.2")
					.url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
			.servers(List.of(new Server().url("/")));
	}

	@Bean
	OpenApiCustomizer overloadResponse() {
		return openApi -> openApi.getPaths()
			.values()
			.forEach(path -> path.readOperations()
				.forEach(operation -> operation.getResponses()
					.addApiResponse("503", new ApiResponse()
						.description("Overloaded: no database connection in time or a statement cancelled; "
								+ "try again after Retry-After seconds")
						.addHeaderObject("Retry-After",
								new Header().description("Seconds to wait before trying again")
									.schema(new IntegerSchema()))
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))))));
	}

}
