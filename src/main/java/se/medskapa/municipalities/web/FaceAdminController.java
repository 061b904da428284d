package se.medskapa.municipalities.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.medskapa.municipalities.FaceChange;
import se.medskapa.municipalities.InvalidFaceException;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.MunicipalityFaces;

/**
 * The municipality admin shapes the municipality's own face: logo, accent colour, start
 * page, link to its site, privacy notice and accessibility contact. Access (own
 * municipality, admin role, second factor) is decided in the security configuration; the
 * municipality of the path scopes every read and write.
 */
@Controller
@RequestMapping("/{slug}/admin/face")
class FaceAdminController {

	private final MunicipalityFaces faces;

	FaceAdminController(MunicipalityFaces faces) {
		this.faces = faces;
	}

	@InitBinder("form")
	void onlyTexts(WebDataBinder binder) {
		binder.setDisallowedFields("logoFile", "startImageFile");
	}

	@GetMapping
	String edit(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("form", FaceForm.of(faces.face(municipality.id())));
		return "municipalities/face-form";
	}

	@PostMapping
	String save(@ModelAttribute("municipality") Municipality municipality, @ModelAttribute("form") FaceForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile logoFile,
			@RequestParam(required = false) MultipartFile startImageFile, RedirectAttributes redirect)
			throws IOException {
		FaceChange change = new FaceChange(form.texts(), bytes(logoFile), form.isRemoveLogo(), bytes(startImageFile),
				form.isRemoveStartImage());
		try {
			faces.save(municipality.id(), change);
		}
		catch (InvalidFaceException refused) {
			refused.problems()
				.forEach(problem -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						null));
			return "municipalities/face-form";
		}
		redirect.addFlashAttribute("flash", "flash.saved");
		return "redirect:/" + municipality.slug() + "/admin/face";
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null : file.getBytes();
	}

}
