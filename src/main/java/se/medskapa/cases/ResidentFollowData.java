package se.medskapa.cases;

import java.util.List;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.spi.ResidentData;
import se.medskapa.cases.ResidentCases.FollowedCase;

/**
 * The cases the resident follows, in their data export (UX finding 2: the export held the
 * cases they sent, not those they follow): municipality, reference, public title and
 * status.
 */
@Component
class ResidentFollowData implements ResidentData {

	private final ResidentCases residentCases;

	ResidentFollowData(ResidentCases residentCases) {
		this.residentCases = residentCases;
	}

	@Override
	public String section() {
		return "followedCases";
	}

	@Override
	public List<FollowedCase> exportFor(long residentId) {
		return residentCases.followedBy(residentId);
	}

}
