package se.medskapa.cases.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.municipalities.Municipality;

/**
 * The cases module's intake for other modules: submit, read the published versions, tell
 * the submitters. Joins the caller's transaction, so that the caller's own record of the
 * case (a challenge's solution) is stored with it or not at all.
 */
@Service
public class CaseGateway {

	private final CaseIntake intake;

	private final CaseHandling handling;

	private final JdbcClient jdbc;

	CaseGateway(CaseIntake intake, CaseHandling handling, JdbcClient jdbc) {
		this.intake = intake;
		this.handling = handling;
		this.jdbc = jdbc;
	}

	/** A new case in the coach queue with its reference, tracking link and receipt. */
	@Transactional
	public IntakeReceipt submit(Municipality municipality, IntakeRequest request) {
		SubmittedCase submitted = intake.submit(municipality,
				new CaseSubmission(CaseKind.IDEA, request.title(), request.description(), null, null, request.name(),
						request.email(), request.publishPermission(), request.language(), request.residentId(),
						request.staffId(), false, null, null, request.suggestedUnitId(), request.origin()));
		return new IntakeReceipt(submitted.id(), submitted.reference(), submitted.trackingToken());
	}

	/** Those of the given cases that the public may see, by case id; one query. */
	public Map<Long, PublishedCase> published(long municipalityId, Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		List<PublishedCase> found = jdbc.sql("""
				select id, reference, public_title, public_description, status, support_count from cases
				where municipality_id = ? and id = any (?) and published and not internal and public_title is not null
				order by id""")
			.params(municipalityId, caseIds.toArray(Long[]::new))
			.query((rs, row) -> new PublishedCase(rs.getLong("id"), rs.getString("reference"),
					rs.getString("public_title"), rs.getString("public_description"), rs.getString("status"),
					rs.getInt("support_count")))
			.list();
		return found.stream().collect(Collectors.toMap(PublishedCase::caseId, Function.identity()));
	}

	/**
	 * A public message on the case's timeline telling its submitter an outcome: mailed to
	 * one who gave an address, on the tracking page for everyone.
	 */
	@Transactional
	public void tellSubmitter(long municipalityId, long caseId, long staffId, String message) {
		handling.postOutcomeMessage(municipalityId, caseId, staffId, message);
	}

}
