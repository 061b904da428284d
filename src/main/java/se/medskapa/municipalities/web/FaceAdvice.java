package se.medskapa.municipalities.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.medskapa.municipalities.MunicipalityFace;
import se.medskapa.municipalities.MunicipalityFaces;
import se.medskapa.shared.Navigation;

/**
 * Every HTML page of a municipality wears its face: the layout reads {@code face}
 * (colour, logo, site, privacy notice) from the model. Its public pages (not the staff
 * and admin pages) also get the section navigation, {@code publicSections}, the links the
 * modules contribute as {@code NavigationEntry.publicSection}, the current one marked.
 * The face comes with the lookup of the page's municipality
 * ({@link MunicipalityFace#REQUEST_ATTRIBUTE}, that advice runs first); only where none
 * was left there is it read here, in one statement.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FaceAdvice {

	static final String FACE = "face";

	static final String SECTIONS = "publicSections";

	private static final String API_PATH = "/api/";

	private final MunicipalityFaces faces;

	private final Navigation navigation;

	FaceAdvice(MunicipalityFaces faces, Navigation navigation) {
		this.faces = faces;
		this.navigation = navigation;
	}

	@ModelAttribute
	void face(@PathVariable(name = "slug", required = false) String slug, HttpServletRequest request, Model model) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (slug == null || path.startsWith(API_PATH) || path.contains("/face/")) {
			return;
		}
		Optional<MunicipalityFace> read = request
			.getAttribute(MunicipalityFace.REQUEST_ATTRIBUTE) instanceof MunicipalityFace face ? Optional.of(face)
					: faces.faceOf(slug);
		read.ifPresent(face -> {
			model.addAttribute(FACE, face);
			String prefix = "/" + slug;
			if (!path.startsWith(prefix + "/staff") && !path.startsWith(prefix + "/admin")) {
				model.addAttribute(SECTIONS, sections(slug, path));
			}
		});
	}

	private List<Section> sections(String slug, String path) {
		return navigation.publicSections(slug)
			.stream()
			.map(link -> new Section(link.messageKey(), link.href(), path.equals(link.href())))
			.toList();
	}

	/** One link of the section navigation; {@code current} when it is this page. */
	record Section(String messageKey, String href, boolean current) {
	}

}
