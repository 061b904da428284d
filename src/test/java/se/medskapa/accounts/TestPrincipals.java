package se.medskapa.accounts;

import java.util.Set;

/**
 * Signed-in staff members for tests without a database or Spring: the principal the login
 * would build, with the given roles.
 */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public static StaffPrincipal staff(long id, long municipalityId, Set<StaffRole> roles) {
		return new StaffPrincipal(id, municipalityId, "test", "staff-" + id + "@test.medskapa.example", "Staff " + id,
				null, roles, true, null, 0);
	}

}
