package se.medskapa.contacts;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.spi.ResidentData;

/** The resident's entries in every contact bank, in their account's data export. */
@Component
class ResidentContactData implements ResidentData {

	private final ContactBank bank;

	ResidentContactData(ContactBank bank) {
		this.bank = bank;
	}

	@Override
	public String section() {
		return "contactBank";
	}

	@Override
	public List<ContactBank.Export> exportFor(long residentId) {
		return bank.municipalitiesOf(residentId)
			.stream()
			.map(municipalityId -> bank.export(municipalityId, residentId))
			.flatMap(Optional::stream)
			.toList();
	}

}
