package se.medskapa.cases;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * F10: tracking links expire (two years after they were issued, one year after the case
 * closed) and a case keeps only its newest ten.
 */
@Tag("persistence")
class TrackingLinkExpiryTests extends IntegrationTest {

	@Autowired
	CaseIntake intake;

	@Autowired
	TrackingLinks links;

	@Autowired
	Municipalities municipalities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void shouldStopALinkTwoYearsAfterItWasIssued() throws Exception {
		SubmittedCase submitted = submit();
		assertOpens(submitted.trackingToken());

		jdbc.sql("update case_tracking_token set created_at = ? where case_id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(731))), submitted.id())
			.update();

		assertRefused(submitted.trackingToken());
	}

	@Test
	void shouldStopTheLinksOfACaseOneYearAfterItClosed() throws Exception {
		SubmittedCase recentlyClosed = submit();
		SubmittedCase closedLongAgo = submit();
		closedAt(recentlyClosed, Duration.ofDays(300));
		closedAt(closedLongAgo, Duration.ofDays(366));

		assertOpens(recentlyClosed.trackingToken());
		assertRefused(closedLongAgo.trackingToken());
	}

	@Test
	void shouldKeepOnlyTheNewestTenLinksOfACase() throws Exception {
		SubmittedCase submitted = submit();
		Municipality umea = municipalities.requireBySlug("umea");
		List<String> issued = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			issued.add(links.issue(umea.id(), submitted.id()));
		}

		assertThat(jdbc.sql("select count(*) from case_tracking_token where case_id = ?")
			.param(submitted.id())
			.query(Integer.class)
			.single()).isEqualTo(10);
		assertRefused(submitted.trackingToken());
		assertOpens(issued.get(issued.size() - 1));
	}

	private SubmittedCase submit() {
		return intake.submit(municipalities.requireBySlug("umea"), new CaseSubmission(CaseKind.IDEA, "Ljus i tunneln",
				"Tunneln under E4 är mörk.", null, null, null, null, false, "sv", null, null, false));
	}

	private void closedAt(SubmittedCase submitted, Duration ago) {
		jdbc.sql("update cases set status = 'ANSWERED', closed_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(ago)), submitted.id())
			.update();
	}

	private void assertOpens(String token) throws Exception {
		mvc.perform(get("/umea/track/" + token)).andExpect(status().isOk());
	}

	/** The page and the actions alike. */
	private void assertRefused(String token) throws Exception {
		mvc.perform(get("/umea/track/" + token)).andExpect(status().isNotFound());
		mvc.perform(post("/umea/track/" + token + "/withdraw").with(csrf())).andExpect(status().isNotFound());
	}

}
