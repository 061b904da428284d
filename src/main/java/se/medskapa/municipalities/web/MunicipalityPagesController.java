package se.medskapa.municipalities.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.StartPageSection;

/**
 * The public entry: the list of municipalities, and each municipality's start page (the
 * municipality of the path is in the model already) with the live sections that other
 * modules contribute as {@link StartPageSection} beans.
 */
@Controller
class MunicipalityPagesController {

	private final Municipalities municipalities;

	private final List<StartPageSection> sections;

	MunicipalityPagesController(Municipalities municipalities, List<StartPageSection> sections) {
		this.municipalities = municipalities;
		this.sections = sections.stream().sorted(Comparator.comparingInt(StartPageSection::order)).toList();
	}

	@GetMapping("/")
	String index(Model model) {
		model.addAttribute("municipalities", municipalities.all());
		return "municipalities/index";
	}

	@GetMapping("/{slug:[a-z0-9-]+}")
	String start(@ModelAttribute("municipality") Municipality municipality, Model model) {
		model.addAttribute("sections", sections.stream().map(section -> section.content(municipality)).toList());
		return "municipalities/start";
	}

}
