package se.medskapa.accounts.spi;

import java.util.List;

import se.medskapa.accounts.StaffPrincipal;

/**
 * One module's counts on the staff start page: what waits for the staff member (for
 * cases: new, overdue, replies waiting), each linking to the list that shows exactly
 * those. The start page collects every bean of this type.
 */
public interface StaffWorkload {

	/**
	 * The counts for this staff member, in the order shown; none when nothing applies.
	 */
	List<Count> countsFor(StaffPrincipal staff);

	/**
	 * One count: {@code #{messageKey(count)}} linking to {@code href}.
	 */
	record Count(String messageKey, int count, String href) {
	}

}
