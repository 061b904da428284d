package se.medskapa.cases;

import java.util.List;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.spi.ResidentMunicipalities;

/** The municipalities of a resident's own cases, for the way back from "my account". */
@Component
class ResidentCaseMunicipalities implements ResidentMunicipalities {

	private final ResidentCases residentCases;

	ResidentCaseMunicipalities(ResidentCases residentCases) {
		this.residentCases = residentCases;
	}

	@Override
	public List<ResidentMunicipality> municipalitiesOf(long residentId) {
		return residentCases.casesOf(residentId)
			.stream()
			.map(myCase -> new ResidentMunicipality(myCase.slug(), myCase.municipalityName()))
			.distinct()
			.toList();
	}

}
