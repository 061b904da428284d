package se.medskapa.meetings;

import java.util.List;
import java.util.Locale;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.StaffPrincipal;

/**
 * Who is asking for an event: nobody signed in, a resident (by e-mail address, for
 * invited-only events; a registration is linked to the account) or a staff member (of one
 * municipality).
 */
public record Viewer(Long staffMunicipalityId, String email, Long residentId) {

	public static Viewer anonymous() {
		return new Viewer(null, null, null);
	}

	public static Viewer of(StaffPrincipal staff, ResidentPrincipal resident) {
		if (staff != null) {
			return new Viewer(staff.municipalityId(), staff.email(), null);
		}
		if (resident != null) {
			return new Viewer(null, resident.email(), resident.id());
		}
		return anonymous();
	}

	/** Whether the viewer may see and register for an event of this audience. */
	boolean admitted(long municipalityId, Audience audience, List<String> invitedEmails) {
		boolean staff = staffMunicipalityId != null && staffMunicipalityId == municipalityId;
		return switch (audience) {
			case PUBLIC -> true;
			case STAFF_ONLY -> staff;
			case INVITED_ONLY -> staff || (email != null && invitedEmails.contains(email.toLowerCase(Locale.ROOT)));
		};
	}

}
