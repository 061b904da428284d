package se.medskapa;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile input never ends as a server error: a corpus of control and bidi characters,
 * broken surrogates, 1 MB strings, wrong types, broken JSON, broken multipart and path
 * tricks is sent to every form and API endpoint. The endpoints come from Spring's own
 * handler mapping (every POST, PUT, PATCH and DELETE, and every GET that reads request
 * parameters), so a new endpoint is covered without a line here.
 */
@Tag("persistence")
class HostileInputTests extends IntegrationTest {

	private static final String MEGABYTE = "x".repeat(1024 * 1024);

	/** Texts for every parameter and every JSON string. */
	private static final List<String> TEXTS = List.of("a\u0000b", "bell\u0007 escape\u001b[31m back\bspace",
			"r\u202Eevil\u202C \u2066isolate\u2069", "broken \uD800 surrogate\uDC00\uDC00", MEGABYTE, "not-a-number",
			"99999999999999999999");

	private static final List<String> BROKEN_JSON = List.of("{", "[]", "\"text\"", "{\"title\":", "{\"title\": 12,"
			+ " \"kind\": [], \"latitude\": \"north\", \"categoryId\": {\"a\": 1}, \"publishPermission\": \"maybe\"}",
			"{\"title\": \"\\u0000\"}", "{\"title\": \"\\ud800\"}", "nul\u0000");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	StaffApiTokens apiTokens;

	@Autowired
	Residents residents;

	@Autowired
	CaseIntake intake;

	@LocalServerPort
	int port;

	private TestMunicipality town;

	private SubmittedCase submitted;

	private TestStaff staff;

	private TestStaff operator;

	private ResidentPrincipal resident;

	private String apiToken;

	@BeforeEach
	void aMunicipalityWithACaseAndPeople() {
		town = TestMunicipality.register(municipalities, organisation);
		resident = (ResidentPrincipal) residents.loadUserByUsername("hostile-" + UUID.randomUUID() + "@example.se");
		submitted = intake.submit(town.municipality(), new CaseSubmission(CaseKind.IDEA, "Fler bänkar", "Vid ån",
				town.roads().id(), null, "Ann", resident.email(), true, "sv", resident.id(), null, false));
		staff = TestStaff.create(directory, users, town.municipality().id(),
				Set.of(StaffRole.MUNICIPALITY_ADMIN, StaffRole.IDEA_COACH, StaffRole.HANDLER, StaffRole.UNIT_LEAD),
				List.of(town.streets().id(), town.library().id()));
		operator = TestStaff.create(directory, users, town.municipality().id(), Set.of(StaffRole.PLATFORM_OPERATOR),
				List.of());
		apiToken = apiTokens.create(users.reload(staff.id()).orElseThrow(), "Hostile", null).token();
	}

	@Test
	void shouldAnswerNoEndpointWithAServerErrorWhateverTheInput() throws Exception {
		List<String> serverErrors = new ArrayList<>();
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("endpoints found in the handler mapping").hasSizeGreaterThan(40);
		for (Endpoint endpoint : endpoints) {
			for (MockHttpServletRequestBuilder request : hostileRequests(endpoint)) {
				try {
					int status = mvc.perform(request).andReturn().getResponse().getStatus();
					if (status >= 500) {
						serverErrors.add(status + " " + endpoint);
					}
				}
				catch (ServletException ex) {
					// MockMvc hands over what the servlet container would answer with 500
					serverErrors.add("500 " + endpoint + ": " + ex.getRootCause());
				}
			}
		}
		assertThat(serverErrors).isEmpty();
	}

	@Test
	void shouldAnswerBrokenMultipartAndPathTricksOnTheRealServerWithoutAServerError() throws Exception {
		String slug = town.municipality().slug();
		List<String> paths = List.of("/" + slug + "/cases/..%2f..", "/" + slug + "/cases/..%2f..%2fstaff",
				"/" + slug + "/cases/%2e%2e/%2e%2e/etc/passwd", "/" + slug + "/cases/%00", "/" + slug + "/cases/%ZZ",
				"/" + slug + "/cases/..;/..;/staff", "/" + slug + "/track/%c0%ae%c0%ae", "/" + slug + "/cases/../../..",
				"/api/v1/" + slug + "/cases/%2e%2e%2f", "/%2e%2e/%2e%2e/", "/" + slug + "/cases/%u0000",
				"/" + slug + "/cases/" + "a".repeat(4000), "/" + slug + "/cases?q=%00&q=%ZZ&size=-1");
		List<String> serverErrors = new ArrayList<>();
		for (String path : paths) {
			for (String method : List.of("GET", "POST")) {
				int status = rawStatus(method, path, null, "");
				if (status >= 500) {
					serverErrors.add(status + " " + method + " " + path);
				}
			}
		}
		for (String body : List.of("--xyz\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhej",
				"garbage without boundary",
				"--xyz\r\nContent-Disposition: form-data; name=\"attachments\"; "
						+ "filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff",
				"--xyz--\r\n--xyz\r\n\r\n\r\n")) {
			for (String type : List.of("multipart/form-data; boundary=xyz", "multipart/form-data",
					"multipart/form-data; boundary=")) {
				for (String path : List.of("/" + slug + "/cases", "/api/v1/" + slug + "/cases")) {
					int status = rawStatus("POST", path, type, body);
					if (status >= 500) {
						serverErrors.add(status + " multipart " + type + " " + path);
					}
				}
			}
		}
		assertThat(serverErrors).isEmpty();
	}

	/**
	 * The status line of a request written byte by byte, so that no client library
	 * normalises the path first.
	 */
	private int rawStatus(String method, String path, String contentType, String body) throws IOException {
		byte[] content = body.getBytes(StandardCharsets.ISO_8859_1);
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "Content-Length: "
					+ content.length + "\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
				.readLine();
			assertThat(statusLine).as(method + " " + path).startsWith("HTTP/1.1 ");
			return Integer.parseInt(statusLine.substring(9, 12));
		}
	}

	/**
	 * The POSTs that Spring Security's filters answer themselves are in no handler
	 * mapping.
	 */
	@Test
	void shouldAnswerTheSignInFiltersWithoutAServerErrorWhateverTheInput() throws Exception {
		List<String> serverErrors = new ArrayList<>();
		for (String path : List.of("/staff/login", "/login/ott", "/logout", "/ott/generate")) {
			for (String text : TEXTS) {
				int status = mvc
					.perform(post(path).with(csrf())
						.param("email", text)
						.param("password", text)
						.param("token", text)
						.param("username", text))
					.andReturn()
					.getResponse()
					.getStatus();
				if (status >= 500) {
					serverErrors.add(status + " POST " + path);
				}
			}
		}
		assertThat(serverErrors).isEmpty();
	}

	@Test
	void shouldRefuseANulInAnApiTitleWithATranslatedProblem() throws Exception {
		mvc.perform(post("/api/v1/" + town.municipality().slug() + "/cases").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.content("{\"kind\":\"IDEA\",\"title\":\"Fler b\\u0000\u00e4nkar\",\"description\":\"Vid \u00e5n\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("api.problem.controlCharacters"))
			.andExpect(jsonPath("$.detail").value(startsWith("A text in the request")));
	}

	@Test
	void shouldShowAControlCharacterInTheIntakeFormAsAFieldErrorAndKeepTheText() throws Exception {
		mvc.perform(post("/" + town.municipality().slug() + "/cases").with(csrf())
			.param("kind", "IDEA")
			.param("title", "Fler b\u0000\u00e4nkar")
			.param("description", "Vid \u00e5n, gärna tre"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "typeMismatch"))
			.andExpect(content().string(containsString("osynliga styrtecken")))
			.andExpect(model().attribute("form", hasProperty("description", is("Vid \u00e5n, gärna tre"))));
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					// Boot's error page renders other requests' errors; a direct call has
					// none
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					Endpoint endpoint = new Endpoint(HttpMethod.valueOf(method.name()), pattern, entry.getValue());
					if (method != RequestMethod.GET || !endpoint.parameterNames().isEmpty()) {
						endpoints.add(endpoint);
					}
				}
			}
		}
		return endpoints;
	}

	private List<MockHttpServletRequestBuilder> hostileRequests(Endpoint endpoint) {
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		String path = expand(endpoint.pattern(), null);
		for (String text : TEXTS) {
			MockHttpServletRequestBuilder request = authenticated(endpoint,
					MockMvcRequestBuilders.request(endpoint.method(), path));
			for (String name : endpoint.parameterNames()) {
				request.param(name, text);
			}
			if (endpoint.jsonBody() != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(json(endpoint.jsonBody(), text));
			}
			requests.add(request);
		}
		if (endpoint.jsonBody() != null) {
			for (String body : BROKEN_JSON) {
				requests.add(authenticated(endpoint,
						MockMvcRequestBuilders.request(endpoint.method(), path)
							.contentType(MediaType.APPLICATION_JSON)
							.content(body)));
			}
		}
		if (endpoint.pattern().contains("{")) {
			for (String trick : List.of("..", "%00", "\u0000", "..%2f..", "a".repeat(5000), "-1")) {
				requests.add(authenticated(endpoint,
						MockMvcRequestBuilders.request(endpoint.method(), expand(endpoint.pattern(), trick))));
			}
		}
		return requests;
	}

	/**
	 * Every property of the body type (a form bean or a record) set to the text; wrong
	 * types for the non-text ones are part of the corpus.
	 */
	private static String json(Class<?> type, String text) {
		List<String> names = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		names.forEach(name -> fields.put(name, "\"" + name + "\":\"" + jsonEscaped(text) + "\""));
		return "{" + String.join(",", fields.values()) + "}";
	}

	private static String jsonEscaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** The path with real values (this test's municipality, case and tracking token). */
	private String expand(String pattern, String trick) {
		Matcher variables = PATH_VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		boolean first = true;
		while (variables.find()) {
			String value = switch (variables.group(1).replaceAll(":.*", "")) {
				case "slug" -> town.municipality().slug();
				case "reference" -> submitted.reference();
				case "token" -> submitted.trackingToken();
				default -> "1";
			};
			if (trick != null && first && !variables.group(1).equals("slug")) {
				value = trick;
			}
			if (!variables.group(1).equals("slug")) {
				first = false;
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		String expanded = path.toString().replace("/**", "/x");
		return trick != null && !pattern.contains("{reference}") && !pattern.contains("{token}")
				&& !pattern.contains("{id}") && !pattern.contains("{attachmentId}") ? expanded + "/" + trick : expanded;
	}

	/** Signed in as the kind of user the path is for. */
	private MockHttpServletRequestBuilder authenticated(Endpoint endpoint, MockHttpServletRequestBuilder request) {
		String pattern = endpoint.pattern();
		if (pattern.startsWith("/api/")) {
			if (pattern.contains("/staff")) {
				request.header(HttpHeaders.AUTHORIZATION, "Bearer " + apiToken);
			}
			return request;
		}
		request.with(csrf());
		if (pattern.startsWith("/operator")) {
			return request.with(operator.signedIn());
		}
		if (pattern.startsWith("/staff/") && !pattern.startsWith("/staff/login")
				&& !pattern.startsWith("/staff/password-reset") && !pattern.startsWith("/staff/invitation")
				|| pattern.startsWith("/{slug}/staff") || pattern.startsWith("/{slug}/admin")) {
			return request.with(staff.signedIn());
		}
		if (pattern.startsWith("/account") || pattern.startsWith("/{slug}/my-cases") || pattern.endsWith("follow")) {
			return request.with(residentSignedIn());
		}
		return request;
	}

	private RequestPostProcessor residentSignedIn() {
		return SecurityMockMvcRequestPostProcessors.authentication(
				UsernamePasswordAuthenticationToken.authenticated(resident, null, resident.getAuthorities()));
	}

	/**
	 * One handler method under one method and pattern, with the request parameters it
	 * reads (its {@code @RequestParam}s and the writable properties of its form objects)
	 * and the type of its JSON body.
	 */
	record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {

		Set<String> parameterNames() {
			Set<String> names = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (requestParam != null) {
					String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
					if (name != null && !MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
						names.add(name);
					}
				}
				else if (parameter.hasParameterAnnotation(ModelAttribute.class)
						&& !"municipality".equals(parameter.getParameterAnnotation(ModelAttribute.class).value())) {
					for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getParameterType())) {
						if (property.getWriteMethod() != null
								&& !MultipartFile.class.isAssignableFrom(property.getPropertyType())
								&& !property.getPropertyType().isArray()) {
							names.add(property.getName());
						}
					}
				}
			}
			return names;
		}

		Class<?> jsonBody() {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					return parameter.getParameterType();
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return method + " " + pattern + " (" + handler.getShortLogMessage() + ")";
		}

	}

}
