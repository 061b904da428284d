package se.medskapa.config;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and licence of the OpenAPI document springdoc serves at {@code /v3/api-docs}.
 * The server is given as "/" (relative), so the document is the same on every host and
 * compares with the committed copy.
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

}
