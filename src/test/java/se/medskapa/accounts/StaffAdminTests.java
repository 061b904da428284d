package se.medskapa.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.medskapa.accounts.events.StaffDeactivated;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestStaff;
import se.medskapa.support.TestTotp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality admin invites staff, changes their roles and units, and deactivates
 * them.
 */
@Tag("persistence")
@RecordApplicationEvents
class StaffAdminTests extends IntegrationTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final String PASSWORD = "my own long passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	private final RequestPostProcessor client = AccountSteps.newClient();

	private Municipality boras;

	private List<Unit> borasUnits;

	private TestStaff admin;

	@BeforeEach
	void freshAdmin() {
		boras = municipalities.requireBySlug("boras");
		borasUnits = organisation.units(boras.id());
		admin = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
	}

	@Test
	void shouldInviteStaffByMailAndShowTheSecretOnTheInvitationPage() throws Exception {
		String email = AccountSteps.uniqueEmail("invitee");
		mvc.perform(get("/boras/admin/staff/new").with(admin.signedIn())).andExpect(status().isOk());

		invite(email, "Ida Invited", borasUnits.get(0).id());

		MimeMessage mail = TestMailServer.awaitOneMailTo(email);
		assertThat(mail.getSubject())
			.isEqualTo(messages.getMessage("mail.invitation.subject", new Object[] { boras.name() }, SWEDISH));
		assertThat(TestMailServer.body(mail)).contains("Ida Invited");
		String link = TestMailServer.linkIn(mail, "/staff/invitation");
		MvcResult page = mvc.perform(get(AccountSteps.pathOf(link)).with(client))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(secretOn(page)).matches("[A-Z2-7]{32}");
		assertThat(AccountSteps.html(page).text()).contains(email);
		assertThat(statusOf(email)).isEqualTo(messages.getMessage("admin.staff.invited", null, SWEDISH));
		StaffMember member = memberWith(email);
		assertThat(member.roles()).containsExactly(StaffRole.HANDLER);
		assertThat(member.unitIds()).containsExactly(borasUnits.get(0).id());
	}

	@Test
	void shouldKeepTheInvitationValidAfterAWrongCodeAndActivateWithTheRightOne() throws Exception {
		String email = AccountSteps.uniqueEmail("invitee");
		invite(email, "Ida Invited", borasUnits.get(0).id());
		String link = TestMailServer.linkIn(TestMailServer.awaitOneMailTo(email), "/staff/invitation");
		String token = AccountSteps.queryParameter(link, "token");
		String secret = secretOn(mvc.perform(get(AccountSteps.pathOf(link)).with(client)).andReturn());

		MvcResult wrong = mvc
			.perform(post("/staff/invitation").param("token", token)
				.param("newPassword", PASSWORD)
				.param("repeatPassword", PASSWORD)
				.param("code", AccountSteps.wrongCode(secret))
				.with(csrf())
				.with(client))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AccountSteps.html(wrong).select("#code-error").text())
			.contains(messages.getMessage("validation.totpWrong", null, SWEDISH));
		assertThat(secretOn(wrong)).isEqualTo(secret);
		assertThat(secretOn(mvc.perform(get(AccountSteps.pathOf(link)).with(client)).andReturn())).isEqualTo(secret);

		String code = TestTotp.code(secret);
		mvc.perform(post("/staff/invitation").param("token", token)
			.param("newPassword", PASSWORD)
			.param("repeatPassword", PASSWORD)
			.param("code", code)
			.with(csrf())
			.with(client))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/staff/login"))
			.andExpect(flash().attribute("flash", "flash.invitationAccepted"));

		MvcResult used = mvc.perform(get(AccountSteps.pathOf(link)).with(client))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AccountSteps.html(used).select(".notice-error").text())
			.isEqualTo(messages.getMessage("link.invalid", null, SWEDISH));
		assertThat(statusOf(email)).isEqualTo(messages.getMessage("admin.staff.active", null, SWEDISH));

		TestStaff invitee = new TestStaff(memberWith(email).id(), email, PASSWORD, secret, users);
		// The code typed on the invitation page was used there; it does not open a
		// session as well.
		MockHttpSession session = AccountSteps.passwordStep(mvc, email, PASSWORD, client);
		assertThat(AccountSteps.codeStep(mvc, session, code, client).getResponse().getStatus()).isEqualTo(200);
		AccountSteps.signIn(mvc, invitee, TestTotp.nextCode(secret), AccountSteps.newClient());
	}

	@Test
	void shouldRequireAMatchingRepeatedPasswordOnTheInvitationPage() throws Exception {
		String email = AccountSteps.uniqueEmail("invitee");
		invite(email, "Ida Invited", borasUnits.get(0).id());
		String link = TestMailServer.linkIn(TestMailServer.awaitOneMailTo(email), "/staff/invitation");
		String secret = secretOn(mvc.perform(get(AccountSteps.pathOf(link)).with(client)).andReturn());

		MvcResult result = mvc
			.perform(post("/staff/invitation").param("token", AccountSteps.queryParameter(link, "token"))
				.param("newPassword", PASSWORD)
				.param("repeatPassword", "something else entirely")
				.param("code", TestTotp.code(secret))
				.with(csrf())
				.with(client))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(AccountSteps.html(result).select("#repeatPassword-error").text())
			.contains(messages.getMessage("validation.passwordsDiffer", null, SWEDISH));
		assertThat(memberWith(email).invitationPending()).isTrue();
	}

	@Test
	void shouldRefuseAPasswordSignInBeforeTheInvitationIsAccepted() throws Exception {
		String email = AccountSteps.uniqueEmail("invitee");
		invite(email, "Ida Invited", borasUnits.get(0).id());

		mvc.perform(post("/staff/login").param("email", email)
			.param("password", "any password at all")
			.with(csrf())
			.with(client)).andExpect(status().isFound()).andExpect(redirectedUrl("/staff/login?error"));
	}

	@Test
	void shouldRejectAnAddressThatIsAlreadyUsedWithAFieldError() throws Exception {
		MvcResult result = mvc
			.perform(post("/boras/admin/staff").with(admin.signedIn())
				.with(csrf())
				.param("email", admin.email().toUpperCase(Locale.ROOT))
				.param("displayName", "Someone Else")
				.param("roles", "HANDLER"))
			.andExpect(status().isOk())
			.andReturn();

		Document page = AccountSteps.html(result);
		assertThat(page.select("#email-error").text())
			.contains(messages.getMessage("validation.emailUsed", null, SWEDISH));
		assertThat(page.select("input#displayName").attr("value")).isEqualTo("Someone Else");
		assertThat(page.select("input#email").attr("value")).isEqualTo(admin.email().toUpperCase(Locale.ROOT));
		assertThat(page.select("input[name=roles][value=HANDLER]").hasAttr("checked")).isTrue();
	}

	@Test
	void shouldChangeRolesAndUnits() throws Exception {
		TestStaff handler = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.HANDLER),
				List.of(borasUnits.get(0).id()));
		MvcResult edit = mvc.perform(get("/boras/admin/staff/" + handler.id() + "/edit").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(AccountSteps.html(edit).select("input[name=roles][value=HANDLER]").hasAttr("checked")).isTrue();
		assertThat(AccountSteps.html(edit)
			.select("input[name=unitIds][value=" + borasUnits.get(0).id() + "]")
			.hasAttr("checked")).isTrue();

		mvc.perform(post("/boras/admin/staff/" + handler.id()).with(admin.signedIn())
			.with(csrf())
			.param("roles", "UNIT_LEAD", "HANDLER", "PLATFORM_OPERATOR")
			.param("unitIds", String.valueOf(borasUnits.get(1).id()), String.valueOf(borasUnits.get(2).id())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/boras/admin/staff"))
			.andExpect(flash().attribute("flash", "flash.saved"));

		StaffMember member = directory.member(boras.id(), handler.id());
		assertThat(member.roles()).isEqualTo(EnumSet.of(StaffRole.UNIT_LEAD, StaffRole.HANDLER));
		assertThat(member.unitIds()).containsExactlyInAnyOrder(borasUnits.get(1).id(), borasUnits.get(2).id());
	}

	@Test
	void shouldApplyChangedRolesToAnOpenSession() throws Exception {
		TestStaff colleague = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		MockHttpSession session = AccountSteps.signIn(mvc, colleague, client);
		mvc.perform(get("/boras/admin").session(session)).andExpect(status().isOk());

		mvc.perform(post("/boras/admin/staff/" + colleague.id()).with(admin.signedIn())
			.with(csrf())
			.param("roles", "HANDLER")).andExpect(status().isFound());

		mvc.perform(get("/boras/admin").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
	}

	@Test
	void shouldDeactivateAndPublishStaffDeactivated() throws Exception {
		TestStaff handler = TestStaff.create(directory, users, boras.id(), Set.of(StaffRole.HANDLER), List.of());

		mvc.perform(post("/boras/admin/staff/" + handler.id() + "/deactivate").with(admin.signedIn()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/boras/admin/staff"))
			.andExpect(flash().attribute("flash", "flash.deactivated"));

		assertThat(events.stream(StaffDeactivated.class))
			.containsExactly(new StaffDeactivated(handler.id(), boras.id()));
		assertThat(directory.member(boras.id(), handler.id()).active()).isFalse();
		assertThat(statusOf(handler.email())).isEqualTo(messages.getMessage("admin.staff.inactive", null, SWEDISH));

		mvc.perform(post("/boras/admin/staff/" + handler.id() + "/reactivate").with(admin.signedIn()).with(csrf()))
			.andExpect(flash().attribute("flash", "flash.reactivated"));
		assertThat(statusOf(handler.email())).isEqualTo(messages.getMessage("admin.staff.active", null, SWEDISH));
	}

	@Test
	void shouldNotLetAnAdminDeactivateThemself() throws Exception {
		mvc.perform(post("/boras/admin/staff/" + admin.id() + "/deactivate").with(admin.signedIn()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "flash.cannotDeactivateSelf"));

		assertThat(directory.member(boras.id(), admin.id()).active()).isTrue();
		assertThat(events.stream(StaffDeactivated.class)).isEmpty();
	}

	private void invite(String email, String name, long unitId) throws Exception {
		mvc.perform(post("/boras/admin/staff").with(admin.signedIn())
			.with(csrf())
			.param("email", email)
			.param("displayName", name)
			.param("roles", "HANDLER")
			.param("unitIds", String.valueOf(unitId)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/boras/admin/staff"))
			.andExpect(flash().attribute("flash", "flash.invitationSent"));
	}

	private StaffMember memberWith(String email) {
		return directory.staffOf(boras.id())
			.stream()
			.filter(member -> member.email().equals(email))
			.findFirst()
			.orElseThrow();
	}

	/** The status column of the staff list for the address. */
	private String statusOf(String email) throws Exception {
		MvcResult list = mvc.perform(get("/boras/admin/staff").with(admin.signedIn()))
			.andExpect(status().isOk())
			.andReturn();
		for (Element row : AccountSteps.html(list).select("tbody tr")) {
			if (row.child(1).text().equals(email)) {
				return row.child(4).text();
			}
		}
		throw new AssertionError("no row for " + email);
	}

	private static String secretOn(MvcResult invitationPage) throws Exception {
		return AccountSteps.html(invitationPage).select("dd code").first().text();
	}

}
