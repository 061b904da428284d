package se.medskapa.contacts;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.shared.NotFoundException;

/**
 * The municipality admin's side of the bank: its districts, the versioned consent text,
 * which background questions of the fixed catalogue are asked, and the officials' guide.
 * Reads are open to the module's other facades and pages; changes need
 * {@link ContactAction#ADMINISTER}.
 */
@Service
public class ContactBankSettings {

	private final JdbcClient jdbc;

	ContactBankSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<District> districts(long municipalityId) {
		return jdbc
			.sql("select id, municipality_id, name from contact_district where municipality_id = ? order by name")
			.param(municipalityId)
			.query(District.class)
			.list();
	}

	@Transactional
	public District addDistrict(StaffPrincipal actor, long municipalityId, String name) {
		ContactPermissions.require(ContactAction.ADMINISTER, actor, municipalityId);
		String clean = requireText("districtName", name, 100);
		try {
			return jdbc.sql("""
					insert into contact_district (municipality_id, name) values (?, ?)
					returning id, municipality_id, name""")
				.params(municipalityId, clean)
				.query(District.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidContactInputException("districtName", "contacts.error.duplicateDistrict");
		}
	}

	/** Removes the district, and with it every resident's choice of it. */
	@Transactional
	public void removeDistrict(StaffPrincipal actor, long municipalityId, long districtId) {
		ContactPermissions.require(ContactAction.ADMINISTER, actor, municipalityId);
		jdbc.sql("""
				update contact_member set districts = array_remove(districts, ?)
				where municipality_id = ? and districts @> array[?::bigint]""")
			.params(districtId, municipalityId, districtId)
			.update();
		if (jdbc.sql("delete from contact_district where id = ? and municipality_id = ?")
			.params(districtId, municipalityId)
			.update() == 0) {
			throw new NotFoundException("district");
		}
	}

	/** The consent text residents join under now, if the municipality wrote one. */
	public Optional<ConsentText> currentConsent(long municipalityId) {
		return jdbc.sql("""
				select id, version, text, legal_basis, created_at from contact_consent_text
				where municipality_id = ? order by version desc limit 1""")
			.param(municipalityId)
			.query(ConsentText.class)
			.optional();
	}

	/**
	 * A changed text or legal basis becomes a new version; consents given before keep
	 * theirs.
	 */
	@Transactional
	public ConsentText saveConsent(StaffPrincipal actor, long municipalityId, String text, String legalBasis) {
		ContactPermissions.require(ContactAction.ADMINISTER, actor, municipalityId);
		String cleanText = requireText("consentText", text, 10000);
		String cleanBasis = requireText("legalBasis", legalBasis, 2000);
		Optional<ConsentText> current = currentConsent(municipalityId);
		if (current.isPresent() && current.get().text().equals(cleanText)
				&& current.get().legalBasis().equals(cleanBasis)) {
			return current.get();
		}
		// One new version at a time per municipality: the settings row is the lock.
		jdbc.sql("insert into contact_bank_settings (municipality_id) values (?) on conflict do nothing")
			.param(municipalityId)
			.update();
		jdbc.sql("select municipality_id from contact_bank_settings where municipality_id = ? for update")
			.param(municipalityId)
			.query(Long.class)
			.list();
		return jdbc
			.sql("""
					insert into contact_consent_text (municipality_id, version, text, legal_basis)
					values (?, coalesce((select max(version) from contact_consent_text where municipality_id = ?), 0) + 1, ?, ?)
					returning id, version, text, legal_basis, created_at""")
			.params(municipalityId, municipalityId, cleanText, cleanBasis)
			.query(ConsentText.class)
			.single();
	}

	public Set<BackgroundField> backgroundFields(long municipalityId) {
		return jdbc.sql("select background_fields from contact_bank_settings where municipality_id = ?")
			.param(municipalityId)
			.query((rs, row) -> fields(rs.getArray(1)))
			.optional()
			.orElse(EnumSet.noneOf(BackgroundField.class));
	}

	@Transactional
	public void saveBackgroundFields(StaffPrincipal actor, long municipalityId, Set<BackgroundField> fields) {
		ContactPermissions.require(ContactAction.ADMINISTER, actor, municipalityId);
		String[] names = fields.stream().map(Enum::name).sorted().toArray(String[]::new);
		jdbc.sql("""
				insert into contact_bank_settings (municipality_id, background_fields) values (?, ?)
				on conflict (municipality_id) do update set background_fields = excluded.background_fields""")
			.params(municipalityId, names)
			.update();
	}

	public String guide(long municipalityId) {
		return jdbc.sql("select guide from contact_bank_settings where municipality_id = ?")
			.param(municipalityId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** The guide as officials read it. */
	public String guideFor(StaffPrincipal actor, long municipalityId) {
		ContactPermissions.require(ContactAction.READ_GUIDE, actor, municipalityId);
		return guide(municipalityId);
	}

	@Transactional
	public void saveGuide(StaffPrincipal actor, long municipalityId, String guide) {
		ContactPermissions.require(ContactAction.ADMINISTER, actor, municipalityId);
		String clean = guide == null ? "" : guide.strip();
		if (clean.length() > 20000) {
			throw new InvalidContactInputException("guide", "validation.tooLong");
		}
		jdbc.sql("""
				insert into contact_bank_settings (municipality_id, guide) values (?, ?)
				on conflict (municipality_id) do update set guide = excluded.guide""")
			.params(municipalityId, clean)
			.update();
	}

	static String requireText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidContactInputException(field, "validation.required");
		}
		String clean = value.strip();
		if (clean.length() > max) {
			throw new InvalidContactInputException(field, "validation.tooLong");
		}
		return clean;
	}

	private static Set<BackgroundField> fields(Array array) throws SQLException {
		Set<BackgroundField> fields = EnumSet.noneOf(BackgroundField.class);
		Arrays.stream((String[]) array.getArray()).map(BackgroundField::valueOf).forEach(fields::add);
		return fields;
	}

}
