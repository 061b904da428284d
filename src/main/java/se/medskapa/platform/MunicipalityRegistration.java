package se.medskapa.platform;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;

/** Registers a municipality and invites its first administrator, in one transaction. */
@Service
public class MunicipalityRegistration {

	private final Municipalities municipalities;

	private final StaffDirectory staff;

	MunicipalityRegistration(Municipalities municipalities, StaffDirectory staff) {
		this.municipalities = municipalities;
		this.staff = staff;
	}

	/**
	 * @throws SlugTakenException when the slug is used or reserved
	 * @throws se.medskapa.accounts.EmailAlreadyUsedException when the admin's address has
	 * a staff account
	 */
	@Transactional
	public Municipality register(NewMunicipality request, String operatorName, Locale locale) {
		Municipality municipality;
		try {
			municipality = municipalities.register(request.slug(), request.name(), request.contactEmail(),
					request.contactPhone(), request.address(), request.website());
		}
		catch (DuplicateKeyException | IllegalArgumentException ex) {
			throw new SlugTakenException();
		}
		staff.invite(municipality, request.adminEmail(), request.adminName(), EnumSet.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of(), operatorName, locale);
		return municipality;
	}

	public record NewMunicipality(String slug, String name, String contactEmail, String contactPhone, String address,
			String website, String adminName, String adminEmail) {
	}

	/** The slug is used by another municipality or by the platform itself. */
	public static class SlugTakenException extends RuntimeException {

		public SlugTakenException() {
			super("slug taken");
		}

	}

}
