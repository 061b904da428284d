package se.medskapa.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.MunicipalityNotFoundException;
import se.medskapa.municipalities.Organisation;

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

	private final StaffDirectory staff;

	private final Organisation organisation;

	private final Clock clock;

	CaseHandling(CaseFiles files, CaseFollowers followers, StaffDirectory staff, Organisation organisation,
			Clock clock) {
		this.files = files;
		this.followers = followers;
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
		requireCoach(coach, municipalityId);
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
			requireCoach(coach, municipalityId);
			file.publish(coach.id(), publicVersion.title(), publicVersion.description());
		});
	}

	@Transactional
	public void unpublishCase(StaffPrincipal coach, long municipalityId, String reference) {
		change(municipalityId, reference, file -> {
			requireCoach(coach, municipalityId);
			file.unpublish(coach.id());
		});
	}

	/** A handler of the case's unit becomes its named contact. */
	@Transactional
	public void takeCase(StaffPrincipal handler, long municipalityId, String reference) {
		change(municipalityId, reference, file -> {
			requireHandlerOfUnit(handler, municipalityId, file);
			file.take(handler.id(), clock.instant());
		});
	}

	/** The unit lead names a member of the unit as contact. */
	@Transactional
	public void assignCase(StaffPrincipal lead, long municipalityId, String reference, long handlerId) {
		change(municipalityId, reference, file -> {
			if (!lead.hasRole(StaffRole.UNIT_LEAD) || !isMemberOfCaseUnit(lead, municipalityId, file)) {
				throw new CaseAccessDeniedException();
			}
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
			requireResponsible(actor, municipalityId, file);
			organisation.unit(municipalityId, toUnitId);
			file.handOver(actor.id(), toUnitId, note);
		});
	}

	@Transactional
	public void returnCaseToCoach(StaffPrincipal actor, long municipalityId, String reference, String reason) {
		change(municipalityId, reference, file -> {
			requireResponsible(actor, municipalityId, file);
			file.returnToCoach(actor.id(), reason);
		});
	}

	@Transactional
	public void changeCaseStatus(StaffPrincipal actor, long municipalityId, String reference, CaseStatus target,
			String publicMessage, String internalNote) {
		change(municipalityId, reference, file -> {
			requireResponsible(actor, municipalityId, file);
			file.changeStatus(actor.id(), target, publicMessage, internalNote, clock.instant());
		});
	}

	@Transactional
	public void postPublicMessage(StaffPrincipal actor, long municipalityId, String reference, String message) {
		change(municipalityId, reference, file -> {
			requireResponsible(actor, municipalityId, file);
			file.postPublicMessage(actor.id(), message, clock.instant());
		});
	}

	@Transactional
	public void addInternalNote(StaffPrincipal actor, long municipalityId, String reference, String note) {
		change(municipalityId, reference, file -> {
			requireViewer(actor, municipalityId, file);
			file.addInternalNote(actor.id(), note);
		});
	}

	@Transactional
	public void answerCaseDirectly(StaffPrincipal coach, long municipalityId, String reference, String message) {
		change(municipalityId, reference, file -> {
			requireCoach(coach, municipalityId);
			file.answerDirectly(coach.id(), message, clock.instant());
		});
	}

	@Transactional
	public void forwardCase(StaffPrincipal actor, long municipalityId, String reference, String authority,
			String message) {
		change(municipalityId, reference, file -> {
			requireResponsible(actor, municipalityId, file);
			file.forward(actor.id(), authority, message, clock.instant());
		});
	}

	/** Merges a duplicate into another case of the same municipality. */
	@Transactional
	public void mergeCase(StaffPrincipal coach, long municipalityId, String reference, String targetReference,
			String message) {
		requireCoach(coach, municipalityId);
		CaseFile target = files.byReference(municipalityId, targetReference == null ? "" : targetReference.strip())
			.orElseThrow(() -> new InvalidCaseActionException("case.error.mergeTarget"));
		CaseFile file = load(municipalityId, reference);
		file.mergeInto(coach.id(), target, message, clock.instant());
		files.save(file);
		// Followers move along, and a signed-in submitter of the duplicate now follows
		// the case it joined.
		followers.copyToMergeTarget(municipalityId, file.id(), target.id());
	}

	@Transactional
	public void setRegistryNumber(StaffPrincipal actor, long municipalityId, String reference, String registryNumber) {
		change(municipalityId, reference, file -> {
			requireViewer(actor, municipalityId, file);
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
		files.save(file);
	}

	private CaseFile byOwner(long municipalityId, String reference, long residentId) {
		long id = files.idOfOwnCase(municipalityId, reference, residentId)
			.orElseThrow(() -> new MunicipalityNotFoundException("case"));
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
			.map(file -> isViewer(actor, municipalityId, file))
			.orElse(false);
	}

	private void change(long municipalityId, String reference, Consumer<CaseFile> action) {
		CaseFile file = load(municipalityId, reference);
		action.accept(file);
		files.save(file);
	}

	private CaseFile load(long municipalityId, String reference) {
		return files.byReference(municipalityId, reference)
			.orElseThrow(() -> new MunicipalityNotFoundException("case"));
	}

	private CaseFile byToken(long municipalityId, String token) {
		return Optional.ofNullable(token)
			.flatMap(found -> files.idByTrackingToken(municipalityId, found))
			.flatMap(id -> files.byId(municipalityId, id))
			.orElseThrow(() -> new MunicipalityNotFoundException("case"));
	}

	private static void requireCoach(StaffPrincipal actor, long municipalityId) {
		if (!actor.belongsTo(municipalityId) || !actor.hasRole(StaffRole.IDEA_COACH)) {
			throw new CaseAccessDeniedException();
		}
	}

	private void requireHandlerOfUnit(StaffPrincipal actor, long municipalityId, CaseFile file) {
		boolean handles = actor.hasRole(StaffRole.HANDLER) || actor.hasRole(StaffRole.UNIT_LEAD);
		if (!handles || !isMemberOfCaseUnit(actor, municipalityId, file)) {
			throw new CaseAccessDeniedException();
		}
	}

	/**
	 * The contact, a member of the case's unit, or a coach: those who answer for the case
	 * now.
	 */
	private void requireResponsible(StaffPrincipal actor, long municipalityId, CaseFile file) {
		boolean coach = actor.belongsTo(municipalityId) && actor.hasRole(StaffRole.IDEA_COACH);
		if (!coach && !isMemberOfCaseUnit(actor, municipalityId, file)) {
			throw new CaseAccessDeniedException();
		}
	}

	private void requireViewer(StaffPrincipal actor, long municipalityId, CaseFile file) {
		if (!isViewer(actor, municipalityId, file)) {
			throw new CaseAccessDeniedException();
		}
	}

	private boolean isViewer(StaffPrincipal actor, long municipalityId, CaseFile file) {
		if (!actor.belongsTo(municipalityId)) {
			return false;
		}
		return actor.hasRole(StaffRole.IDEA_COACH) || actor.hasRole(StaffRole.MUNICIPALITY_ADMIN)
				|| isMemberOfCaseUnit(actor, municipalityId, file)
				|| Long.valueOf(actor.id()).equals(file.contactStaffId());
	}

	private boolean isMemberOfCaseUnit(StaffPrincipal actor, long municipalityId, CaseFile file) {
		return actor.belongsTo(municipalityId) && file.unitId() != null
				&& staff.unitIdsOf(municipalityId, actor.id()).contains(file.unitId());
	}

	/** The coach's reviewed, publishable version of a case: no personal data. */
	public record PublicVersion(String title, String description) {
	}

}
