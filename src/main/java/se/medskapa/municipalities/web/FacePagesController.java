package se.medskapa.municipalities.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import se.medskapa.municipalities.FacePicture;
import se.medskapa.municipalities.FacePicture.Kind;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.MunicipalityFaces;

/**
 * What the public pages read of the municipality's face besides the model: its colour as
 * a style sheet (the CSP allows no inline style, and only a validated {@code #rrggbb}
 * ever goes into it), its logo and start image, and its privacy notice. Pictures and the
 * style sheet are addressed with their version ({@code ?v=}), so a browser keeps them for
 * a year and asks again only when the admin changed them.
 */
@Controller
class FacePagesController {

	private static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final CacheControl UNVERSIONED = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final MunicipalityFaces faces;

	FacePagesController(MunicipalityFaces faces) {
		this.faces = faces;
	}

	@GetMapping("/{slug:[a-z0-9-]+}/face/theme.css")
	ResponseEntity<byte[]> theme(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(name = "v", required = false) Long version) {
		String colour = faces.face(municipality.id()).accentColour();
		String css = colour == null ? "" : ":root { --brand: " + colour + "; }\n";
		return ResponseEntity.ok()
			.cacheControl(version == null ? UNVERSIONED : VERSIONED)
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.body(css.getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/{slug:[a-z0-9-]+}/face/logo")
	ResponseEntity<byte[]> logo(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(name = "v", required = false) Long version) {
		return picture(municipality, Kind.LOGO, version);
	}

	@GetMapping("/{slug:[a-z0-9-]+}/face/start-image")
	ResponseEntity<byte[]> startImage(@ModelAttribute("municipality") Municipality municipality,
			@RequestParam(name = "v", required = false) Long version) {
		return picture(municipality, Kind.START_IMAGE, version);
	}

	@GetMapping("/{slug:[a-z0-9-]+}/privacy")
	String privacy() {
		return "municipalities/privacy";
	}

	private ResponseEntity<byte[]> picture(Municipality municipality, Kind kind, Long version) {
		FacePicture picture = faces.picture(municipality.id(), kind).orElse(null);
		if (picture == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noCache()).build();
		}
		boolean current = version != null && version == picture.version();
		return ResponseEntity.ok()
			.cacheControl(current ? VERSIONED : UNVERSIONED)
			.eTag(Long.toString(picture.version()))
			.contentType(MediaType.parseMediaType(picture.contentType()))
			.body(picture.content());
	}

}
