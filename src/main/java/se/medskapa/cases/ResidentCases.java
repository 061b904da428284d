package se.medskapa.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.shared.NotFoundException;

/**
 * "My cases" for signed-in residents, across every municipality, and the cases they
 * follow.
 */
@Service
public class ResidentCases {

	private final JdbcClient jdbc;

	private final CaseTracking tracking;

	ResidentCases(JdbcClient jdbc, CaseTracking tracking) {
		this.jdbc = jdbc;
		this.tracking = tracking;
	}

	public List<MyCase> casesOf(long residentId) {
		return jdbc.sql("""
				select m.slug, m.name as municipality_name, c.reference, c.title, c.status, c.submitted_at
				from cases c join municipality m on m.id = c.municipality_id
				where c.resident_id = ? order by c.submitted_at desc, c.id desc""")
			.param(residentId)
			.query(MyCase.class)
			.list();
	}

	/** The resident's own case, as on the tracking page. */
	public Optional<TrackedCase> ownCase(long municipalityId, String reference, long residentId) {
		return jdbc.sql("select id from cases where municipality_id = ? and reference = ? and resident_id = ?")
			.params(municipalityId, reference, residentId)
			.query(Long.class)
			.optional()
			.flatMap(id -> tracking.byId(municipalityId, id));
	}

	/** Follows a published case; following twice is following once. */
	@Transactional
	public void follow(long municipalityId, String reference, long residentId) {
		int added = jdbc.sql("""
				insert into case_follower (municipality_id, case_id, resident_id)
				select municipality_id, id, ? from cases
				where municipality_id = ? and reference = ? and published and not internal
				on conflict do nothing""").params(residentId, municipalityId, reference).update();
		if (added == 0 && !isFollowing(municipalityId, reference, residentId)) {
			throw new NotFoundException("case");
		}
	}

	@Transactional
	public void unfollow(long municipalityId, String reference, long residentId) {
		jdbc.sql("""
				delete from case_follower f using cases c
				where f.case_id = c.id and c.municipality_id = ? and c.reference = ? and f.resident_id = ?""")
			.params(municipalityId, reference, residentId)
			.update();
	}

	public boolean isFollowing(long municipalityId, String reference, long residentId) {
		return jdbc.sql("""
				select exists (select 1 from case_follower f join cases c on c.id = f.case_id
				               where c.municipality_id = ? and c.reference = ? and f.resident_id = ?)""")
			.params(municipalityId, reference, residentId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The published cases the resident follows, in every municipality, newest follow
	 * first: their public title and status ("Mina ärenden", UX finding 8, and the data
	 * export).
	 */
	public List<FollowedCase> followedBy(long residentId) {
		return jdbc.sql("""
				select m.slug, m.name as municipality_name, c.reference, c.public_title as title, c.status
				from case_follower f
				join cases c on c.id = f.case_id and c.municipality_id = f.municipality_id
				join municipality m on m.id = c.municipality_id
				where f.resident_id = ? and c.published and not c.internal
				order by f.case_id desc""").param(residentId).query(FollowedCase.class).list();
	}

	public record FollowedCase(String slug, String municipalityName, String reference, String title,
			CaseStatus status) {
	}

	public record MyCase(String slug, String municipalityName, String reference, String title, CaseStatus status,
			Instant submittedAt) {
	}

}
