package se.medskapa.participation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.medskapa.accounts.StaffRole;
import se.medskapa.participation.CommentText.Segment;
import se.medskapa.participation.spi.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static se.medskapa.participation.ParticipationAction.COMMENT;
import static se.medskapa.participation.ParticipationAction.DELETE;
import static se.medskapa.participation.ParticipationAction.EDIT;
import static se.medskapa.participation.ParticipationAction.FOLLOW;
import static se.medskapa.participation.ParticipationAction.MARK_OFFICIAL;
import static se.medskapa.participation.ParticipationAction.SUPPORT;

/**
 * The participation rules without Spring or a database: who may do what with an item and
 * a comment, the 15-minute edit window, and the plain text with safe links.
 */
class ParticipationRulesTests {

	static final long MUNICIPALITY = 5;

	static final Instant WRITTEN = Instant.parse("2026-12-01T10:00:00Z");

	final Participant resident = new Participant(11L, null, null, Set.of(), "Karin");

	final Participant otherResident = new Participant(12L, null, null, Set.of(), "Olle");

	final Participant coach = new Participant(null, 21L, MUNICIPALITY, Set.of(StaffRole.IDEA_COACH), "Coach");

	final Participant coachElsewhere = new Participant(null, 22L, MUNICIPALITY + 1, Set.of(StaffRole.IDEA_COACH),
			"Coach i grannkommunen");

	@Test
	void shouldLetResidentsSupportAndCommentStaffOfTheMunicipalityCommentAndNobodyElseAnything() {
		assertThat(ParticipationPermissions.onItem(resident, MUNICIPALITY)).containsExactlyInAnyOrder(SUPPORT, COMMENT,
				FOLLOW);
		assertThat(ParticipationPermissions.onItem(coach, MUNICIPALITY)).containsExactly(COMMENT);
		assertThat(ParticipationPermissions.onItem(coachElsewhere, MUNICIPALITY)).isEmpty();
		assertThat(ParticipationPermissions.onItem(null, MUNICIPALITY)).isEmpty();
	}

	@Test
	void shouldLetTheAuthorEditFor15MinutesAndDeleteAndStaffMarkAStaffCommentAsOfficial() {
		CommentRow byResident = comment(11L, null, null);
		assertThat(ParticipationPermissions.onComment(resident, byResident, WRITTEN.plusSeconds(14 * 60 + 59)))
			.containsExactlyInAnyOrder(COMMENT, EDIT, DELETE);
		assertThat(ParticipationPermissions.onComment(resident, byResident, WRITTEN.plusSeconds(15 * 60)))
			.containsExactlyInAnyOrder(COMMENT, DELETE);
		assertThat(ParticipationPermissions.onComment(otherResident, byResident, WRITTEN)).containsExactly(COMMENT);
		assertThat(ParticipationPermissions.onComment(coach, byResident, WRITTEN)).as("a resident's comment")
			.containsExactly(COMMENT);

		CommentRow staffReply = comment(null, 21L, 1L);
		assertThat(ParticipationPermissions.onComment(coach, staffReply, WRITTEN)).as("no reply to a reply")
			.containsExactlyInAnyOrder(EDIT, DELETE, MARK_OFFICIAL);
		assertThat(ParticipationPermissions.onComment(coachElsewhere, staffReply, WRITTEN)).isEmpty();
		assertThat(ParticipationPermissions.onComment(null, staffReply, WRITTEN)).isEmpty();
	}

	@Test
	void shouldLetNobodyActOnADeletedComment() {
		CommentRow deleted = new CommentRow(1, MUNICIPALITY, ItemKind.CASE, 9, null, 11L, null, "Karin", "", false,
				WRITTEN, null, WRITTEN.plusSeconds(5));
		assertThat(ParticipationPermissions.onComment(resident, deleted, WRITTEN.plusSeconds(10))).isEmpty();
	}

	@Test
	void shouldLinkOnlyHttpAddressesAndLeaveScriptJavascriptAndDataAsText() {
		assertThat(CommentText.segments("Se https://example.se/plan, och http://a.se.")).containsExactly(
				new Segment("Se ", null), new Segment("https://example.se/plan", "https://example.se/plan"),
				new Segment(", och ", null), new Segment("http://a.se", "http://a.se"), new Segment(".", null));
		String hostile = "<script>alert(1)</script> javascript:alert(1) data:text/html;base64,PHNjcmlwdD4= "
				+ "<a href=\"javascript:alert(1)\">x</a>";
		List<Segment> segments = CommentText.segments(hostile);
		assertThat(segments).containsExactly(new Segment(hostile, null));
		assertThat(CommentText.segments("https://")).containsExactly(new Segment("https://", null));
		assertThat(CommentText.segments("https://x.se\"onmouseover=alert(1)")).first()
			.isEqualTo(new Segment("https://x.se", "https://x.se"));
	}

	static CommentRow comment(Long residentId, Long staffId, Long parentId) {
		return new CommentRow(1, MUNICIPALITY, ItemKind.CASE, 9, parentId, residentId, staffId, "x", "text", false,
				WRITTEN, null, null);
	}

}
