package se.medskapa.contacts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.medskapa.accounts.ResidentPrincipal;
import se.medskapa.accounts.Residents;
import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestResidents;
import se.medskapa.support.TestStaff;

/**
 * A municipality of the test's own with an open contact bank: a consent text, the age
 * band asked, two districts, an admin and a contact official in the streets unit.
 */
public record ContactBankFixture(TestMunicipality town, TestStaff admin, TestStaff official, District north,
		District south, Residents residents, ContactBank bank, StaffUserDetailsService users) {

	public static ContactBankFixture open(Municipalities municipalities, Organisation organisation,
			StaffDirectory directory, StaffUserDetailsService users, Residents residents, ContactBank bank,
			ContactBankSettings settings) {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff admin = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		TestStaff official = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.CONTACT_OFFICIAL),
				List.of(town.streets().id()));
		StaffPrincipal adminPrincipal = users.reload(admin.id()).orElseThrow();
		settings.saveConsent(adminPrincipal, town.id(), "Vi sparar dina önskemål i 24 månader.",
				"Samtycke, artikel 6.1 a");
		settings.saveBackgroundFields(adminPrincipal, town.id(), EnumSet.of(BackgroundField.AGE_BAND));
		District north = settings.addDistrict(adminPrincipal, town.id(), "Norrfjärden");
		District south = settings.addDistrict(adminPrincipal, town.id(), "Söderby");
		return new ContactBankFixture(town, admin, official, north, south, residents, bank, users);
	}

	public StaffPrincipal principal(TestStaff staff) {
		return users.reload(staff.id()).orElseThrow();
	}

	public Purposes purposes(String ageBand, District district) {
		return new Purposes(List.of(town.roads().id()), district == null ? List.of() : List.of(district.id()),
				EnumSet.of(WayOfTakingPart.WORKSHOP), ContactFrequency.MONTH, "sv", Set.of(), ageBand, null, null,
				null);
	}

	/** A new resident who joined the bank with these purposes. */
	public ResidentPrincipal member(Purposes purposes) {
		ResidentPrincipal resident = TestResidents.create(residents);
		bank.join(town.id(), resident.id(), purposes, true);
		return resident;
	}

	public ResidentPrincipal member() {
		return member(purposes("FROM_30_TO_44", south));
	}

	public SearchCriteria roads() {
		return new SearchCriteria(town.roads().id(), null, null, null, null, null, null, null);
	}

}
