package se.medskapa.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.events.StaffDeactivated;
import se.medskapa.accounts.events.StaffUnitsChanged;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.Mailer;
import se.medskapa.shared.NotFoundException;

/**
 * The staff of one municipality, as its admin manages them. Every method is scoped by
 * municipality.
 */
@Service
public class StaffDirectory {

	private final StaffAccountRepository staff;

	private final StaffCredentials credentials;

	private final Organisation organisation;

	private final Mailer mailer;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final PasswordEncoder passwordEncoder;

	private final StaffApiTokens apiTokens;

	StaffDirectory(StaffAccountRepository staff, StaffCredentials credentials, Organisation organisation, Mailer mailer,
			MessageSource messages, ApplicationEventPublisher events, PasswordEncoder passwordEncoder,
			StaffApiTokens apiTokens) {
		this.staff = staff;
		this.apiTokens = apiTokens;
		this.credentials = credentials;
		this.organisation = organisation;
		this.mailer = mailer;
		this.messages = messages;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
	}

	public List<StaffMember> staffOf(long municipalityId) {
		return staff.members(municipalityId);
	}

	public StaffMember member(long municipalityId, long staffId) {
		return staff.member(municipalityId, staffId).orElseThrow(() -> new NotFoundException("staff"));
	}

	/**
	 * Creates the account without password and e-mails an invitation link valid for seven
	 * days.
	 */
	@Transactional
	public StaffMember invite(Municipality municipality, String email, String displayName, Set<StaffRole> roles,
			List<Long> unitIds, String invitedBy, Locale locale) {
		Set<StaffRole> allowed = municipalityRolesOnly(roles);
		long id;
		try {
			id = staff.insert(municipality.id(), email, displayName, null, Totp.newSecret(), allowed);
		}
		catch (DuplicateKeyException ex) {
			throw new EmailAlreadyUsedException();
		}
		staff.replaceUnits(municipality.id(), id, ownUnits(municipality.id(), unitIds));
		sendInvitation(municipality, id, email.strip(), displayName.strip(), invitedBy, locale);
		return member(municipality.id(), id);
	}

	/**
	 * Starts the staff member's sign-in over (F9), e.g. after a lost phone or a leaked
	 * second-factor secret: the password and the TOTP secret are gone, every open
	 * session, API token and outstanding link ends, and a new invitation goes out to
	 * choose a password and connect an authenticator app again.
	 */
	@Transactional
	public void resetSignIn(Municipality municipality, long staffId, String resetBy, Locale locale) {
		if (!staff.resetSignIn(municipality.id(), staffId, Totp.newSecret())) {
			throw new NotFoundException("staff");
		}
		credentials.endOutstandingLinks(staffId);
		apiTokens.revokeAllOf(municipality.id(), staffId);
		StaffMember member = member(municipality.id(), staffId);
		sendInvitation(municipality, staffId, member.email(), member.displayName(), resetBy, locale);
	}

	private void sendInvitation(Municipality municipality, long staffId, String email, String displayName,
			String invitedBy, Locale locale) {
		String link = credentials.invitationLink(credentials.issueInvitation(staffId));
		mailer
			.send(new Mail(municipality.id(), email,
					messages.getMessage("mail.invitation.subject", new Object[] { municipality.name() }, locale),
					messages.getMessage("mail.invitation.body",
							new Object[] { displayName, invitedBy, municipality.name(), link }, locale))
				.withSecret(link));
	}

	@Transactional
	public void changeRolesAndUnits(long municipalityId, long staffId, Set<StaffRole> roles, List<Long> unitIds) {
		if (!staff.updateRoles(municipalityId, staffId, municipalityRolesOnly(roles))) {
			throw new NotFoundException("staff");
		}
		List<Long> units = ownUnits(municipalityId, unitIds);
		staff.replaceUnits(municipalityId, staffId, units);
		events.publishEvent(new StaffUnitsChanged(staffId, municipalityId, units));
	}

	@Transactional
	public void deactivate(long municipalityId, long staffId, long actingStaffId) {
		if (staffId == actingStaffId) {
			throw new IllegalArgumentException("cannot deactivate oneself");
		}
		if (!staff.setActive(municipalityId, staffId, false)) {
			throw new NotFoundException("staff");
		}
		// For good: reactivating the account does not bring old API tokens back.
		apiTokens.revokeAllOf(municipalityId, staffId);
		events.publishEvent(new StaffDeactivated(staffId, municipalityId));
	}

	@Transactional
	public void reactivate(long municipalityId, long staffId) {
		if (!staff.setActive(municipalityId, staffId, true)) {
			throw new NotFoundException("staff");
		}
	}

	/** For demo data and the first operator: an account that can sign in at once. */
	@Transactional
	public long createActive(Long municipalityId, String email, String displayName, String password, String totpSecret,
			Set<StaffRole> roles, List<Long> unitIds) {
		long id = staff.insert(municipalityId, email, displayName, passwordEncoder.encode(password), totpSecret, roles);
		if (municipalityId != null) {
			staff.replaceUnits(municipalityId, id, ownUnits(municipalityId, unitIds));
		}
		return id;
	}

	/**
	 * Retires a demo account on an installation without demo data (F7): deactivated, its
	 * published password and second-factor secret erased, its API tokens revoked, so the
	 * credentials in the README open nothing. True when there was an account to retire.
	 */
	@Transactional
	public boolean retireDemoAccount(String email) {
		OptionalLong retired = staff.retire(email);
		retired.ifPresent(id -> apiTokens.revokeAllOf(id));
		return retired.isPresent();
	}

	/** The units a staff member belongs to. */
	public List<Long> unitIdsOf(long municipalityId, long staffId) {
		return staff.unitIdsOf(municipalityId, staffId);
	}

	/**
	 * Active staff of the municipality holding the role (e.g. the idea coaches, to
	 * notify).
	 */
	public List<StaffContact> activeWithRole(long municipalityId, StaffRole role) {
		return staff.activeContacts(municipalityId, role, null);
	}

	/**
	 * Active members of a unit; with a role, only those holding it (e.g. the unit leads).
	 */
	public List<StaffContact> activeMembersOf(long municipalityId, long unitId, StaffRole role) {
		return staff.activeContacts(municipalityId, role, unitId);
	}

	public boolean exists(String email) {
		return staff.findPrincipalByEmail(email).isPresent();
	}

	/**
	 * Unit ids from a form are checked against the municipality: a foreign id is simply
	 * not found.
	 */
	private List<Long> ownUnits(long municipalityId, List<Long> unitIds) {
		return unitIds.stream().distinct().map(unitId -> organisation.unit(municipalityId, unitId).id()).toList();
	}

	private static Set<StaffRole> municipalityRolesOnly(Set<StaffRole> roles) {
		EnumSet<StaffRole> allowed = EnumSet.noneOf(StaffRole.class);
		roles.stream().filter(StaffRole.municipalityRoles()::contains).forEach(allowed::add);
		return allowed;
	}

}
