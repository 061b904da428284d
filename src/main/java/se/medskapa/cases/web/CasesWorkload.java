package se.medskapa.cases.web;

import java.util.List;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.spi.StaffWorkload;
import se.medskapa.cases.StaffCaseCounts;
import se.medskapa.cases.StaffCaseView;
import se.medskapa.cases.StaffCaseViews;

/**
 * The staff start page's counts of cases (new, overdue, replies waiting) for what the
 * staff member is responsible for, each linking to its saved view of the case table.
 */
@Component
class CasesWorkload implements StaffWorkload {

	private final StaffCaseViews views;

	CasesWorkload(StaffCaseViews views) {
		this.views = views;
	}

	@Override
	public List<Count> countsFor(StaffPrincipal staff) {
		if (staff.municipalityId() == null) {
			return List.of();
		}
		StaffCaseCounts counts = views.counts(staff, staff.municipalityId());
		String base = "/" + staff.municipalitySlug() + "/staff/cases?view=";
		return List.of(new Count("staffHome.count.new", counts.newCases(), base + StaffCaseView.NEW.key()),
				new Count("staffHome.count.overdue", counts.overdue(), base + StaffCaseView.OVERDUE.key()),
				new Count("staffHome.count.replies", counts.replies(), base + StaffCaseView.REPLIES.key()));
	}

}
