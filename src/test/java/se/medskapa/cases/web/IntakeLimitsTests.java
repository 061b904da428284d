package se.medskapa.cases.web;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake limits (per client address and per e-mail address, configurable) hold on the
 * page and in the API alike, which share the counts.
 */
@Tag("persistence")
class IntakeLimitsTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IntakeLimits limits;

	@Test
	void shouldRefuseTheSubmissionOverTheAddressLimitOnThePageAndInTheApi() throws Exception {
		RequestPostProcessor client = newClient();
		for (int i = 0; i < limits.perAddress(); i++) {
			// Page and API count together.
			if (i % 2 == 0) {
				mvc.perform(page("Lekplats nummer " + i, "").with(client)).andExpect(status().is3xxRedirection());
			}
			else {
				mvc.perform(api("").with(client)).andExpect(status().isCreated());
			}
		}

		MvcResult refused = mvc.perform(page("Lekplats en for mycket", "").with(client))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lekplats en for mycket")))
			.andReturn();
		assertThat(form(refused).getGlobalErrors()).extracting(error -> error.getCode())
			.containsExactly("intake.rateLimited");
		mvc.perform(api("").with(client))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(jsonPath("$.code").value("api.problem.tooManySubmissions"));
	}

	@Test
	void shouldRefuseTheSubmissionOverTheEmailLimitWhateverTheClientAddressAndCase() throws Exception {
		String email = "flod-" + UUID.randomUUID() + "@example.se";
		for (int i = 0; i < limits.perEmail(); i++) {
			String typed = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
			mvc.perform(page("Parkbank nummer " + i, typed).with(newClient())).andExpect(status().is3xxRedirection());
		}

		mvc.perform(page("Parkbank en for mycket", email).with(newClient()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "intake.rateLimitedEmail"))
			.andExpect(content().string(containsString("Parkbank en for mycket")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")));
		mvc.perform(api(email.toUpperCase(Locale.ROOT)).with(newClient()))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
			.andExpect(jsonPath("$.code").value("api.problem.tooManySubmissionsForEmail"));
		// Without the address the same person may still send a case.
		mvc.perform(page("Parkbank utan e-post", "").with(newClient())).andExpect(status().is3xxRedirection());
	}

	private static MockHttpServletRequestBuilder page(String title, String email) {
		return post("/boras/cases").param("kind", "IDEA")
			.param("title", title)
			.param("description", "Behövs vid ån.")
			.param("email", email)
			.param("confirmedNotDuplicate", "true")
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder api(String email) {
		String emailField = email.isEmpty() ? "" : ",\"email\":\"" + email + "\"";
		return post("/api/v1/boras/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"IDEA\",\"title\":\"Lekplats via API\",\"description\":\"Behövs vid ån.\"" + emailField
					+ "}");
	}

	private static BindingResult form(MvcResult result) {
		return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
	}

	private static RequestPostProcessor newClient() {
		String address = "10.13." + ThreadLocalRandom.current().nextInt(250) + "."
				+ ThreadLocalRandom.current().nextInt(250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
