package se.medskapa.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.municipalities.Organisation;
import se.medskapa.shared.NotFoundException;

/**
 * The idea sluice's use cases, one method each: the permission is checked on entry, the
 * case's own guards decide whether the state allows it, and the change is saved with its
 * timeline entry in one transaction. Every lookup is by municipality and reference, so
 * another municipality's case is simply not found.
 */
@Service
public class CaseHandling {

	private final CaseFiles files;

	private final CaseFollowers followers;

	private final CasePermissions permissions;

	private final StaffDirectory staff;

	private final Organisation organisation;

	private final Clock clock;

	/**
	 * The longest free text a resident or staff member may write into a case (a reply, a
	 * message, a note).
	 */
	public static final int MAX_TEXT_LENGTH = 10_000;

	private final TrackingLinks trackingLinks;

	private final ReplyLimits replyLimits;

	CaseHandling(CaseFiles files, CaseFollowers followers, CasePermissions permissions, StaffDirectory staff,
			Organisation organisation, Clock clock, TrackingLinks trackingLinks, ReplyLimits replyLimits) {
		this.trackingLinks = trackingLinks;
		this.replyLimits = replyLimits;
		this.files = files;
		this.followers = followers;
		this.permissions = permissions;
		this.staff = staff;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * The coach routes a case to a unit; with a public version, the case is published at
	 * the same time.
	 */
	@Transactional
	public void routeCase(StaffPrincipal coach, long municipalityId, String reference, long unitId, Long categoryId,
			PublicVersion publicVersion) {
		CaseFile file = load(municipalityId, reference);
		permissions.require(CaseAction.ROUTE, coach, file);
		organisation.unit(municipalityId, unitId);
		if (categoryId != null) {
			organisation.category(municipalityId, categoryId);
		}
		file.route(coach.id(), unitId, categoryId, clock.instant());
		if (publicVersion != null) {
			file.publish(coach.id(), publicVersion.title(), publicVersion.description());
		}
		files.save(file);
	}

	@Transactional
	public void publishCase(StaffPrincipal coach, long municipalityId, String reference, PublicVersion publicVersion) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.PUBLISH, coach, file);
			file.publish(coach.id(), publicVersion.title(), publicVersion.description());
		});
	}

	@Transactional
	public void unpublishCase(StaffPrincipal coach, long municipalityId, String reference) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.PUBLISH, coach, file);
			file.unpublish(coach.id());
		});
	}

	/** A handler of the case's unit becomes its named contact. */
	@Transactional
	public void takeCase(StaffPrincipal handler, long municipalityId, String reference) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.TAKE, handler, file);
			file.take(handler.id(), clock.instant());
		});
	}

	/** The unit lead names a member of the unit as contact. */
	@Transactional
	public void assignCase(StaffPrincipal lead, long municipalityId, String reference, long handlerId) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.ASSIGN, lead, file);
			boolean handlerInUnit = staff.activeMembersOf(municipalityId, file.unitId(), null)
				.stream()
				.anyMatch(member -> member.id() == handlerId);
			if (!handlerInUnit) {
				throw new InvalidCaseActionException("case.error.notUnitMember");
			}
			file.assign(lead.id(), handlerId, clock.instant());
		});
	}

	@Transactional
	public void handOverCase(StaffPrincipal actor, long municipalityId, String reference, long toUnitId, String note) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.HAND_OVER, actor, file);
			organisation.unit(municipalityId, toUnitId);
			file.handOver(actor.id(), toUnitId, note);
		});
	}

	@Transactional
	public void returnCaseToCoach(StaffPrincipal actor, long municipalityId, String reference, String reason) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.RETURN, actor, file);
			file.returnToCoach(actor.id(), reason);
		});
	}

	@Transactional
	public void changeCaseStatus(StaffPrincipal actor, long municipalityId, String reference, CaseStatus target,
			String publicMessage, String internalNote) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.CHANGE_STATUS, actor, file);
			file.changeStatus(actor.id(), target, publicMessage, internalNote, clock.instant());
		});
	}

	@Transactional
	public void postPublicMessage(StaffPrincipal actor, long municipalityId, String reference, String message) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.MESSAGE, actor, file);
			file.postPublicMessage(actor.id(), message, clock.instant());
		});
	}

	/**
	 * Tells the submitter of a case the outcome of what it took part in (a challenge's
	 * decision), as a public message on its timeline: mailed like every message, and on
	 * the tracking page for an anonymous submitter. For the {@code intake} interface; the
	 * other module has checked its own permission.
	 */
	@Transactional
	public void postOutcomeMessage(long municipalityId, long caseId, long staffId, String message) {
		CaseFile file = files.byId(municipalityId, caseId).orElseThrow(() -> new NotFoundException("case"));
		file.postOutcomeMessage(staffId, message);
		files.save(file);
	}

	/**
	 * The case qualified as an e-petition: to the named unit with the public message (for
	 * the participation module's announcement, which checked the threshold).
	 */
	@Transactional
	public void qualifyPetition(long municipalityId, long caseId, Long unitId, String message) {
		CaseFile file = files.byId(municipalityId, caseId).orElseThrow(() -> new NotFoundException("case"));
		file.qualifyAsPetition(unitId, message);
		files.save(file);
	}

	@Transactional
	public void addInternalNote(StaffPrincipal actor, long municipalityId, String reference, String note) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.NOTE, actor, file);
			file.addInternalNote(actor.id(), note);
		});
	}

	@Transactional
	public void answerCaseDirectly(StaffPrincipal coach, long municipalityId, String reference, String message) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.ANSWER, coach, file);
			file.answerDirectly(coach.id(), message, clock.instant());
		});
	}

	@Transactional
	public void forwardCase(StaffPrincipal actor, long municipalityId, String reference, String authority,
			String message) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.FORWARD, actor, file);
			file.forward(actor.id(), authority, message, clock.instant());
		});
	}

	/** Merges a duplicate into another case of the same municipality. */
	@Transactional
	public void mergeCase(StaffPrincipal coach, long municipalityId, String reference, String targetReference,
			String message) {
		CaseFile file = load(municipalityId, reference);
		permissions.require(CaseAction.MERGE, coach, file);
		CaseFile target = files.byReference(municipalityId, targetReference == null ? "" : targetReference.strip())
			.orElseThrow(() -> new InvalidCaseActionException("case.error.mergeTarget"));
		file.mergeInto(coach.id(), target, message, clock.instant());
		files.save(file);
		// Followers move along, and a signed-in submitter of the duplicate now follows
		// the case it joined.
		followers.copyToMergeTarget(municipalityId, file.id(), target.id());
	}

	@Transactional
	public void setRegistryNumber(StaffPrincipal actor, long municipalityId, String reference, String registryNumber) {
		change(municipalityId, reference, file -> {
			permissions.require(CaseAction.REGISTRY_NUMBER, actor, file);
			file.setRegistryNumber(registryNumber);
		});
	}

	/** The resident, through the tracking link, withdraws the case. */
	@Transactional
	public void withdrawCase(long municipalityId, String trackingToken) {
		CaseFile file = byToken(municipalityId, trackingToken);
		file.withdrawByResident(clock.instant());
		files.save(file);
	}

	/** The resident, through the tracking link, writes to the handler. */
	@Transactional
	public void replyToCase(long municipalityId, String trackingToken, String message) {
		CaseFile file = byToken(municipalityId, trackingToken);
		file.replyFromResident(message);
		replyLimits.acquire(file.id());
		files.save(file);
	}

	/** A signed-in resident withdraws their own case from "My cases". */
	@Transactional
	public void withdrawOwnCase(long municipalityId, String reference, long residentId) {
		CaseFile file = byOwner(municipalityId, reference, residentId);
		file.withdrawByResident(clock.instant());
		files.save(file);
	}

	/** A signed-in resident writes to the handler from "My cases". */
	@Transactional
	public void replyToOwnCase(long municipalityId, String reference, long residentId, String message) {
		CaseFile file = byOwner(municipalityId, reference, residentId);
		file.replyFromResident(message);
		replyLimits.acquire(file.id());
		files.save(file);
	}

	private CaseFile byOwner(long municipalityId, String reference, long residentId) {
		long id = files.idOfOwnCase(municipalityId, reference, residentId)
			.orElseThrow(() -> new NotFoundException("case"));
		return files.byId(municipalityId, id).orElseThrow();
	}

	/**
	 * A staff member's open cases go back to their units' queues (deactivated, or left
	 * those units).
	 */
	@Transactional
	public int releaseCasesOf(long municipalityId, long staffId, List<Long> keepUnitIds) {
		int released = 0;
		for (long id : files.openCaseIdsWithContact(municipalityId, staffId)) {
			CaseFile file = files.byId(municipalityId, id).orElseThrow();
			if (!keepUnitIds.contains(file.unitId())) {
				file.contactLeft();
				files.save(file);
				released++;
			}
		}
		return released;
	}

	/** Whether the staff member may open the case's staff page. */
	public boolean canView(StaffPrincipal actor, long municipalityId, String reference) {
		return files.byReference(municipalityId, reference)
			.map(file -> permissions.allowed(actor, file).contains(CaseAction.VIEW))
			.orElse(false);
	}

	/** Whether the staff member may export the municipality's cases. */
	public boolean mayExport(StaffPrincipal actor, long municipalityId) {
		return CasePermissions.mayExport(actor, municipalityId);
	}

	private void change(long municipalityId, String reference, Consumer<CaseFile> action) {
		CaseFile file = load(municipalityId, reference);
		action.accept(file);
		files.save(file);
	}

	private CaseFile load(long municipalityId, String reference) {
		return files.byReference(municipalityId, reference).orElseThrow(() -> new NotFoundException("case"));
	}

	private CaseFile byToken(long municipalityId, String token) {
		return Optional.ofNullable(token)
			.flatMap(found -> trackingLinks.caseIdOf(municipalityId, found))
			.flatMap(id -> files.byId(municipalityId, id))
			.orElseThrow(() -> new NotFoundException("case"));
	}

	/** The coach's reviewed, publishable version of a case: no personal data. */
	public record PublicVersion(String title, String description) {
	}

}
