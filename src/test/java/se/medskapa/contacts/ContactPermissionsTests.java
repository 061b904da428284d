package se.medskapa.contacts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.TestPrincipals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The permission matrix of the contact bank, role by role, without Spring. */
class ContactPermissionsTests {

	static final long TOWN = 1;

	static StaffPrincipal staff(StaffRole... roles) {
		return TestPrincipals.staff(7, TOWN, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
	}

	@Test
	void shouldLetContactOfficialsSearchAndInviteAndAdminsAdministerAndAudit() {
		assertThat(ContactPermissions.allowed(staff(StaffRole.CONTACT_OFFICIAL), TOWN))
			.containsExactlyInAnyOrder(ContactAction.SEARCH, ContactAction.INVITE, ContactAction.READ_GUIDE);
		assertThat(ContactPermissions.allowed(staff(StaffRole.MUNICIPALITY_ADMIN), TOWN))
			.containsExactlyInAnyOrder(ContactAction.ADMINISTER, ContactAction.READ_AUDIT, ContactAction.READ_GUIDE);
		for (StaffRole role : List.of(StaffRole.IDEA_COACH, StaffRole.HANDLER, StaffRole.UNIT_LEAD)) {
			assertThat(ContactPermissions.allowed(staff(role), TOWN)).as(role.name()).isEmpty();
		}
	}

	@Test
	void shouldGiveNothingInAnotherMunicipality() {
		assertThat(ContactPermissions.allowed(staff(StaffRole.CONTACT_OFFICIAL, StaffRole.MUNICIPALITY_ADMIN), 2))
			.isEmpty();
		assertThatThrownBy(() -> ContactPermissions.require(ContactAction.SEARCH, staff(StaffRole.CONTACT_OFFICIAL), 2))
			.isInstanceOf(ContactAccessDeniedException.class);
	}

	@Test
	void shouldRevealOnlyToContactOfficialsOfTheInvitingUnit() {
		assertThat(ContactPermissions.mayReveal(staff(StaffRole.CONTACT_OFFICIAL), TOWN, 5, List.of(5L))).isTrue();
		assertThat(ContactPermissions.mayReveal(staff(StaffRole.CONTACT_OFFICIAL), TOWN, 5, List.of(6L))).isFalse();
		assertThat(ContactPermissions.mayReveal(staff(StaffRole.HANDLER), TOWN, 5, List.of(5L))).isFalse();
		assertThat(ContactPermissions.mayReveal(staff(StaffRole.MUNICIPALITY_ADMIN), TOWN, 5, List.of(5L))).isFalse();
	}

	@Test
	void shouldNeverTellACountBelowFive() {
		for (int exact = 0; exact < SmallCount.THRESHOLD; exact++) {
			SmallCount count = new SmallCount(exact);
			assertThat(count.shown()).isFalse();
			assertThat(count.toString()).isEqualTo("<5");
			assertThatThrownBy(count::value).isInstanceOf(IllegalStateException.class);
		}
		assertThat(new SmallCount(5).value()).isEqualTo(5);
	}

}
