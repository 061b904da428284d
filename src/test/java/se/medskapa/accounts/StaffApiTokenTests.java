package se.medskapa.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;
import se.medskapa.support.IntegrationTest;
import se.medskapa.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens on the staff profile page: created, shown once, stored as a hash,
 * listed, revoked.
 */
@Tag("persistence")
class StaffApiTokenTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffApiTokens tokens;

	@Autowired
	StaffDirectory directory;

	@Autowired
	StaffUserDetailsService users;

	@Autowired
	Municipalities municipalities;

	@Autowired
	JdbcClient jdbc;

	Municipality pitea;

	TestStaff handler;

	@BeforeEach
	void staff() {
		pitea = municipalities.requireBySlug("pitea");
		handler = TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.HANDLER), List.of());
	}

	@Test
	void shouldShowANewTokenOnceAndStoreOnlyItsHash() throws Exception {
		MvcResult created = mvc
			.perform(post("/staff/api-tokens").param("name", "Export till diariet")
				.param("validityDays", "90")
				.with(handler.signedIn())
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/api-tokens"))
			.andExpect(flash().attribute("flash", "flash.apiTokenCreated"))
			.andReturn();
		String token = (String) created.getFlashMap().get("issuedToken");
		assertThat(token).startsWith(StaffApiTokens.PREFIX).hasSizeGreaterThan(40);

		// The page after the redirect shows it, with the flash; any later view does not.
		Document shown = AccountSteps
			.html(mvc.perform(get("/staff/api-tokens").flashAttrs(created.getFlashMap()).with(handler.signedIn()))
				.andExpect(status().isOk())
				.andReturn());
		assertThat(shown.select("#issued-token").text()).isEqualTo(token);
		assertThat(shown.select("table").text()).contains("Export till diariet", "Aldrig");
		Document later = AccountSteps.html(
				mvc.perform(get("/staff/api-tokens").with(handler.signedIn())).andExpect(status().isOk()).andReturn());
		assertThat(later.html()).doesNotContain(token);
		assertThat(later.select("table").text()).contains("Export till diariet");

		// Only the SHA-256 hash is in the database, nowhere the token itself.
		Map<String, Object> row = jdbc.sql("select * from staff_api_token where staff_id = ?")
			.param(handler.id())
			.query()
			.singleRow();
		// SHA-256 in hex, computed by another library than the application's.
		assertThat(row.get("token_hash")).isEqualTo(DigestUtils.sha256Hex(token));
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token.substring(4)));
		assertThat(row.get("expires_at")).isNotNull();
		assertThat(row.get("municipality_id")).isEqualTo(pitea.id());
	}

	@Test
	void shouldAuthenticateWithTheOwnersCurrentRolesAndRecordTheLastUse() {
		IssuedStaffApiToken issued = tokens.create(principal(handler), "Skript", null);
		assertThat(used(issued.id())).isFalse();

		StaffPrincipal acting = tokens.authenticate(issued.token()).orElseThrow();
		assertThat(acting.id()).isEqualTo(handler.id());
		assertThat(acting.municipalityId()).isEqualTo(pitea.id());
		assertThat(acting.getPassword()).isNull();
		assertThat(used(issued.id())).isTrue();

		directory.changeRolesAndUnits(pitea.id(), handler.id(), Set.of(StaffRole.IDEA_COACH), List.of());
		assertThat(tokens.authenticate(issued.token()).orElseThrow().roles()).containsExactly(StaffRole.IDEA_COACH);
		assertThat(tokens.authenticate(issued.token() + "x")).isEmpty();
		assertThat(tokens.authenticate("msk_unknown")).isEmpty();
		assertThat(tokens.authenticate(null)).isEmpty();
	}

	@Test
	void shouldStopAcceptingRevokedAndExpiredTokensAndThoseOfDeactivatedStaff() {
		IssuedStaffApiToken revoked = tokens.create(principal(handler), "Återkallas", Duration.ofDays(30));
		IssuedStaffApiToken expired = tokens.create(principal(handler), "Går ut", Duration.ofDays(30));
		IssuedStaffApiToken kept = tokens.create(principal(handler), "Behålls", null);

		tokens.revoke(principal(handler), revoked.id());
		jdbc.sql("update staff_api_token set expires_at = now() - interval '1 minute' where id = ?")
			.param(expired.id())
			.update();

		assertThat(tokens.authenticate(revoked.token())).isEmpty();
		assertThat(tokens.authenticate(expired.token())).isEmpty();
		assertThat(tokens.authenticate(kept.token())).isPresent();
		assertThat(tokens.tokensOf(principal(handler))).extracting(StaffApiToken::name)
			.containsExactly("Behålls", "Går ut");

		TestStaff admin = TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		directory.deactivate(pitea.id(), handler.id(), admin.id());
		assertThat(tokens.authenticate(kept.token())).isEmpty();
		// Reactivation does not bring the old tokens back.
		directory.reactivate(pitea.id(), handler.id());
		assertThat(tokens.authenticate(kept.token())).isEmpty();
	}

	@Test
	void shouldLetOnlyTheOwnerRevokeAToken() throws Exception {
		IssuedStaffApiToken issued = tokens.create(principal(handler), "Min nyckel", null);
		TestStaff colleague = TestStaff.create(directory, users, pitea.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());

		mvc.perform(post("/staff/api-tokens/" + issued.id() + "/revoke").with(colleague.signedIn()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(tokens.authenticate(issued.token())).isPresent();
		assertThatThrownBy(() -> tokens.revoke(principal(colleague), issued.id()))
			.isInstanceOf(NotFoundException.class);

		mvc.perform(post("/staff/api-tokens/" + issued.id() + "/revoke").with(handler.signedIn()).with(csrf()))
			.andExpect(redirectedUrl("/staff/api-tokens"))
			.andExpect(flash().attribute("flash", "flash.apiTokenRevoked"));
		assertThat(tokens.authenticate(issued.token())).isEmpty();
		assertThat(tokens.tokensOf(principal(handler))).isEmpty();
	}

	@Test
	void shouldExplainAMissingNameAndTheLimitOfActiveTokens() throws Exception {
		Document missingName = AccountSteps.html(mvc.perform(post("/staff/api-tokens").param("name", " ")
			.param("validityDays", "30")
			.with(handler.signedIn())
			.with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(missingName.select("#name-error").text()).contains("Fyll i fältet.");
		Document badValidity = AccountSteps.html(mvc.perform(post("/staff/api-tokens").param("name", "Nyckel")
			.param("validityDays", "7")
			.with(handler.signedIn())
			.with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(badValidity.select("#validityDays-error").text()).contains("Välj ett alternativ.");
		assertThat(badValidity.select("#name").attr("value")).isEqualTo("Nyckel");

		for (int i = 0; i < StaffApiTokens.MAX_ACTIVE_TOKENS; i++) {
			tokens.create(principal(handler), "Nyckel " + i, Duration.ofDays(30));
		}
		Document tooMany = AccountSteps.html(mvc.perform(post("/staff/api-tokens").param("name", "En till")
			.param("validityDays", "30")
			.with(handler.signedIn())
			.with(csrf())).andExpect(status().isOk()).andReturn());
		assertThat(tooMany.select(".error-summary").text()).contains("Du har redan 10 giltiga nycklar.");
		assertThat(tokens.tokensOf(principal(handler))).hasSize(StaffApiTokens.MAX_ACTIVE_TOKENS);
	}

	@Test
	void shouldLinkThePageFromTheStaffHomeAndExplainItToTheOperator() throws Exception {
		Document home = AccountSteps.html(mvc.perform(get("/staff").with(handler.signedIn())).andReturn());
		assertThat(home.select("a[href=/staff/api-tokens]").text()).isEqualTo("Dina API-nycklar");

		TestStaff operator = TestStaff.create(directory, users, null, Set.of(StaffRole.PLATFORM_OPERATOR), List.of());
		Document page = AccountSteps.html(
				mvc.perform(get("/staff/api-tokens").with(operator.signedIn())).andExpect(status().isOk()).andReturn());
		assertThat(page.text()).contains("Ditt konto hör inte till någon kommun.");
		assertThat(page.select("form[action=/staff/api-tokens]")).isEmpty();
		mvc.perform(get("/staff/api-tokens")).andExpect(status().is3xxRedirection());
	}

	private StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

	private boolean used(long tokenId) {
		return jdbc.sql("select last_used_at is not null from staff_api_token where id = ?")
			.param(tokenId)
			.query(Boolean.class)
			.single();
	}

}
