package se.medskapa.municipalities.demo;

import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import se.medskapa.municipalities.FaceChange;
import se.medskapa.municipalities.FaceTexts;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.MunicipalityFaces;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.shared.DemoSeed;

/**
 * Each demo municipality wears a face of its own: a colour (every one at least 4.5:1 with
 * white), a start-page text, its site and the contact for the accessibility statement.
 * Loaded once, into a demo municipality whose admin has set nothing yet.
 */
@Component
@Conditional(DemoDataCondition.class)
class FaceSeed implements DemoSeed {

	private static final Map<String, String> COLOURS = Map.of("umea", "#6b2458", "boras", "#8a1538", "pitea",
			"#1d5a3a");

	private final Municipalities municipalities;

	private final MunicipalityFaces faces;

	FaceSeed(Municipalities municipalities, MunicipalityFaces faces) {
		this.municipalities = municipalities;
		this.faces = faces;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public void seed(long municipalityId, String slug) {
		if (faces.face(municipalityId).version() > 0) {
			return;
		}
		Municipality municipality = municipalities.findById(municipalityId).orElseThrow();
		FaceTexts texts = new FaceTexts(COLOURS.get(slug),
				"Här lämnar du idéer, förslag, klagomål och beröm till " + municipality.name()
						+ " – och följer vad som händer med dem. Varje ärende har någon som ansvarar för svaret.",
				municipality.website(), null, "Webbredaktionen, " + municipality.name(), municipality.contactEmail(),
				municipality.contactPhone(), null);
		faces.save(municipalityId, new FaceChange(texts, null, false, null, false));
	}

}
