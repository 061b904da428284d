package se.medskapa.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The residents who follow a case (besides its submitter). */
@Repository
class CaseFollowers {

	private final JdbcClient jdbc;

	CaseFollowers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The followers of a merged duplicate follow the case it joined, and so does the
	 * duplicate's signed-in submitter.
	 */
	void copyToMergeTarget(long municipalityId, long duplicateCaseId, long targetCaseId) {
		jdbc.sql("""
				insert into case_follower (municipality_id, case_id, resident_id)
				select :municipalityId, :targetId, f.resident_id from case_follower f
				where f.municipality_id = :municipalityId and f.case_id = :duplicateId
				union
				select :municipalityId, :targetId, c.resident_id from cases c
				where c.municipality_id = :municipalityId and c.id = :duplicateId and c.resident_id is not null
				on conflict do nothing""")
			.param("municipalityId", municipalityId)
			.param("targetId", targetCaseId)
			.param("duplicateId", duplicateCaseId)
			.update();
	}

}
