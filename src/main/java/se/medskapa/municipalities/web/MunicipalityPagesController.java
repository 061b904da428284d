package se.medskapa.municipalities.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.medskapa.municipalities.Municipalities;

/**
 * The public entry: the list of municipalities, and each municipality's start page (the
 * municipality of the path is in the model already).
 */
@Controller
class MunicipalityPagesController {

	private final Municipalities municipalities;

	MunicipalityPagesController(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	@GetMapping("/")
	String index(Model model) {
		model.addAttribute("municipalities", municipalities.all());
		return "municipalities/index";
	}

	@GetMapping("/{slug:[a-z0-9-]+}")
	String start() {
		return "municipalities/start";
	}

}
