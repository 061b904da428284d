package se.medskapa.demo;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.IssuedStaffApiToken;
import se.medskapa.accounts.StaffApiTokens;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * F7: the demo staff with the published credentials exist only while demo data is on;
 * without it every start retires them. With it, the start-up log says so loudly.
 */
@Tag("persistence")
@ExtendWith(OutputCaptureExtension.class)
class DemoCredentialsTests extends IntegrationTest {

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	StaffApiTokens apiTokens;

	@Autowired
	Municipalities municipalities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void shouldKnowEveryDemoStaffAccountTheDemoDataCreated() {
		List<String> created = jdbc.sql("""
				select lower(email) from staff_account
				where email ~ '^[a-z0-9]+@((boras|umea|pitea)\\.)?medskapa\\.example$'""").query(String.class).list();
		assertThat(created).hasSize(1 + 3 * DemoData.STAFF_ADDRESSES.size());
		assertThat(RetiredDemoAccounts.demoStaffEmails()).containsExactlyInAnyOrderElementsOf(created);
	}

	@Test
	void shouldRetireDemoAccountsWhenDemoDataIsOff() throws Exception {
		long boras = municipalities.requireBySlug("boras").id();
		TestStaff demoLike = TestStaff.create(directory, users, boras, Set.of(StaffRole.HANDLER), List.of());
		IssuedStaffApiToken token = apiTokens.create(users.reload(demoLike.id()).orElseThrow(), "integration", null);
		RetiredDemoAccounts retired = new RetiredDemoAccounts(directory, List.of(demoLike.email()));

		assertThat(retired.retire()).isOne();

		assertThat(
				jdbc.sql("select active, password_hash is null and totp_secret is null from staff_account where id = ?")
					.param(demoLike.id())
					.query((rs, row) -> List.of(rs.getBoolean(1), rs.getBoolean(2)))
					.single())
			.containsExactly(false, true);
		assertThat(apiTokens.authenticate(token.token())).isEmpty();
		mvc.perform(post("/staff/login").param("email", demoLike.email())
			.param("password", demoLike.password())
			.with(csrf())).andExpect(redirectedUrl("/staff/login?error"));
		assertThat(retired.retire()).as("a second start finds nothing left to retire").isZero();
	}

	@Test
	void shouldSayLoudlyThatDemoCredentialsAreActive(CapturedOutput output) {
		DemoData.warnThatDemoCredentialsAreActive();
		assertThat(output.getOut() + output.getErr()).contains("DEMO CREDENTIALS ARE ACTIVE")
			.contains(DemoData.OPERATOR_EMAIL);
	}

}
