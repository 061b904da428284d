package se.medskapa.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Staff who forgot their password get a one-hour, one-use link by e-mail. */
@Tag("persistence")
class PasswordResetTests extends IntegrationTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final String NEW_PASSWORD = "a brand new passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	MessageSource messages;

	private final RequestPostProcessor client = AccountSteps.newClient();

	@Test
	void shouldMailAResetLinkToAKnownAddress() throws Exception {
		TestStaff handler = newHandler();

		mvc.perform(post("/staff/password-reset").param("email", handler.email().toUpperCase(Locale.ROOT))
			.with(csrf())
			.with(client)).andExpect(status().isOk()).andExpect(view().name("accounts/password-reset-sent"));

		MimeMessage mail = TestMailServer.awaitOneMailTo(handler.email());
		assertThat(mail.getSubject()).isEqualTo(messages.getMessage("mail.passwordReset.subject", null, SWEDISH));
		assertThat(TestMailServer.linkIn(mail, "/staff/password-reset/new")).contains("token=");
	}

	@Test
	void shouldAnswerTheSameAndSendNoMailForAnUnknownAddress() throws Exception {
		String unknown = AccountSteps.uniqueEmail("unknown");
		TestStaff handler = newHandler();

		MvcResult known = mvc
			.perform(post("/staff/password-reset").param("email", handler.email()).with(csrf()).with(client))
			.andReturn();
		MvcResult other = mvc.perform(post("/staff/password-reset").param("email", unknown).with(csrf()).with(client))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/password-reset-sent"))
			.andReturn();

		assertThat(AccountSteps.html(other).select("#content").text())
			.isEqualTo(AccountSteps.html(known).select("#content").text());
		TestMailServer.awaitOneMailTo(handler.email());
		assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
	}

	@Test
	void shouldKeepTheTypedAddressAndExplainAnInvalidOne() throws Exception {
		MvcResult result = mvc.perform(post("/staff/password-reset").param("email", "anna@").with(csrf()).with(client))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/password-reset-request"))
			.andReturn();

		Document page = AccountSteps.html(result);
		assertThat(page.select("#email-error").text()).contains(messages.getMessage("validation.email", null, SWEDISH));
		assertThat(page.select("input#email").attr("value")).isEqualTo("anna@");
	}

	@Test
	void shouldSetANewPasswordThroughTheLinkOnceAndSignInWithIt() throws Exception {
		TestStaff handler = newHandler();
		String link = requestReset(handler);

		mvc.perform(get(AccountSteps.pathOf(link)).with(client))
			.andExpect(status().isOk())
			.andExpect(model().attribute("validLink", true));
		mvc.perform(post("/staff/password-reset/new").param("token", AccountSteps.queryParameter(link, "token"))
			.param("newPassword", NEW_PASSWORD)
			.param("repeatPassword", NEW_PASSWORD)
			.with(csrf())
			.with(client))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/staff/login"))
			.andExpect(flash().attribute("flash", "flash.passwordChanged"));

		MvcResult again = mvc.perform(get(AccountSteps.pathOf(link)).with(client))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AccountSteps.html(again).select(".notice-error").text())
			.isEqualTo(messages.getMessage("link.invalid", null, SWEDISH));
		assertThat(AccountSteps.html(again).select("form")).noneMatch(form -> form.attr("action").contains("reset"));
		MvcResult reuse = mvc
			.perform(post("/staff/password-reset/new").param("token", AccountSteps.queryParameter(link, "token"))
				.param("newPassword", "someone else's choice")
				.param("repeatPassword", "someone else's choice")
				.with(csrf())
				.with(client))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AccountSteps.html(reuse).select(".notice-error").text())
			.isEqualTo(messages.getMessage("link.invalid", null, SWEDISH));

		mvc.perform(post("/staff/login").param("email", handler.email())
			.param("password", handler.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login?error"));
		AccountSteps.signIn(mvc,
				new TestStaff(handler.id(), handler.email(), NEW_PASSWORD, handler.totpSecret(), users), client);
	}

	@Test
	void shouldRefuseAShortPasswordWithATranslatedErrorAndKeepTheLink() throws Exception {
		TestStaff handler = newHandler();
		String link = requestReset(handler);
		String token = AccountSteps.queryParameter(link, "token");

		for (Locale locale : List.of(SWEDISH, Locale.ENGLISH)) {
			MvcResult result = mvc
				.perform(post("/staff/password-reset/new").param("token", token)
					.param("newPassword", "too short")
					.param("repeatPassword", "too short")
					.cookie(new Cookie("medskapa-lang", locale.getLanguage()))
					.with(csrf())
					.with(client))
				.andExpect(status().isOk())
				.andReturn();

			Document page = AccountSteps.html(result);
			String error = messages.getMessage("validation.passwordLength", null, locale);
			assertThat(page.select(".error-summary a[href=\"#newPassword\"]").text()).isEqualTo(error);
			assertThat(page.select("#newPassword-error").text()).contains(error);
			// A password is never sent back to the browser.
			assertThat(page.select("input#newPassword").attr("value")).isEmpty();
		}

		mvc.perform(get(AccountSteps.pathOf(link)).with(client)).andExpect(model().attribute("validLink", true));
	}

	@Test
	void shouldShowADifferentRepeatAtTheRepeatField() throws Exception {
		TestStaff handler = newHandler();
		String token = AccountSteps.queryParameter(requestReset(handler), "token");

		MvcResult result = mvc
			.perform(post("/staff/password-reset/new").param("token", token)
				.param("newPassword", NEW_PASSWORD)
				.param("repeatPassword", NEW_PASSWORD + "!")
				.with(csrf())
				.with(client))
			.andExpect(status().isOk())
			.andReturn();

		Document page = AccountSteps.html(result);
		String error = messages.getMessage("validation.passwordsDiffer", null, SWEDISH);
		assertThat(page.select(".error-summary a[href=\"#repeatPassword\"]").text()).isEqualTo(error);
		assertThat(page.select("#repeatPassword-error").text()).contains(error);
		assertThat(page.select("input#repeatPassword").attr("aria-invalid")).isEqualTo("true");
		mvc.perform(post("/staff/login").param("email", handler.email())
			.param("password", handler.password())
			.with(csrf())
			.with(client)).andExpect(redirectedUrl("/staff/login/second-factor"));
	}

	private String requestReset(TestStaff staff) throws Exception {
		TestMailServer.Mark before = TestMailServer.mark();
		mvc.perform(post("/staff/password-reset").param("email", staff.email()).with(csrf()).with(client))
			.andExpect(status().isOk());
		return TestMailServer.linkIn(TestMailServer.awaitOneMailTo(staff.email(), before), "/staff/password-reset/new");
	}

	private TestStaff newHandler() {
		return TestStaff.create(directory, users, municipalities.requireBySlug("boras").id(), Set.of(StaffRole.HANDLER),
				List.of());
	}

}
