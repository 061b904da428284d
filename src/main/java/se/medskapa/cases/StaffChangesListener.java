package se.medskapa.cases;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.events.StaffDeactivated;
import se.medskapa.accounts.events.StaffUnitsChanged;

/**
 * Never orphaned: when a handler leaves, their open cases return to the unit queue (and
 * the lead is told).
 */
@Component
class StaffChangesListener {

	private final CaseHandling handling;

	StaffChangesListener(CaseHandling handling) {
		this.handling = handling;
	}

	@ApplicationModuleListener
	void onStaffDeactivated(StaffDeactivated event) {
		handling.releaseCasesOf(event.municipalityId(), event.staffId(), List.of());
	}

	@ApplicationModuleListener
	void onStaffUnitsChanged(StaffUnitsChanged event) {
		handling.releaseCasesOf(event.municipalityId(), event.staffId(), event.unitIds());
	}

}
