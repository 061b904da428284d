package se.medskapa.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.medskapa.municipalities.MunicipalityFace;
import se.medskapa.municipalities.MunicipalityFaces;
import se.medskapa.municipalities.MunicipalityNotFoundException;

/**
 * Every page under {@code /{slug}/…} belongs to that municipality: it is loaded here,
 * once, and put in the model as {@code municipality}, where the layout and the templates
 * read it and a handler takes it with {@code @ModelAttribute("municipality") Municipality
 * municipality}. An unknown slug ends the request before the handler with
 * {@code MunicipalityNotFoundException}, so the visitor gets the translated 404 page.
 * <p>
 * Not for the JSON API under {@code /api/}: its handlers keep the slug as a documented
 * path parameter (OpenAPI) and load the municipality themselves, so this would read it
 * twice. A Spring {@code Converter} for {@code @PathVariable Municipality} was not taken
 * because conversion wraps the not-found in a type mismatch (400) and does not fill the
 * model.
 * <p>
 * The same statement reads the municipality's face, which every HTML page of it wears: it
 * is left in the request ({@link MunicipalityFace#REQUEST_ATTRIBUTE}) for the face's
 * advice, which runs after this one, so a page pays one lookup for both (issue 10).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MunicipalityFromPath {

	static final String MODEL_ATTRIBUTE = "municipality";

	private static final String API_PATH = "/api/";

	private final MunicipalityFaces faces;

	MunicipalityFromPath(MunicipalityFaces faces) {
		this.faces = faces;
	}

	@ModelAttribute
	void municipality(@PathVariable(name = "slug", required = false) String slug, HttpServletRequest request,
			Model model) {
		if (slug != null && !request.getRequestURI().startsWith(request.getContextPath() + API_PATH)) {
			MunicipalityFaces.FacedMunicipality found = faces.withFace(slug)
				.orElseThrow(MunicipalityNotFoundException::new);
			model.addAttribute(MODEL_ATTRIBUTE, found.municipality());
			request.setAttribute(MunicipalityFace.REQUEST_ATTRIBUTE, found.face());
		}
	}

}
