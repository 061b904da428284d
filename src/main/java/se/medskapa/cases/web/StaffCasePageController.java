package se.medskapa.cases.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.CaseAccessDeniedException;
import se.medskapa.cases.CaseAttachments;
import se.medskapa.cases.CaseAttachments.AttachmentContent;
import se.medskapa.cases.CaseHandling;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.NotFoundException;

/**
 * The staff case page and its attachments. The actions it offers are posted to
 * {@link CoachActionsController} and {@link UnitActionsController}.
 */
@Controller
@RequestMapping("/{slug}/staff/cases/{reference}")
class StaffCasePageController {

	private final StaffCasePage page;

	private final CaseHandling handling;

	private final CaseAttachments attachments;

	StaffCasePageController(StaffCasePage page, CaseHandling handling, CaseAttachments attachments) {
		this.page = page;
		this.handling = handling;
		this.attachments = attachments;
	}

	@GetMapping
	ModelAndView caseFile(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference,
			@AuthenticationPrincipal StaffPrincipal me) {
		return page.show(municipality, me, reference);
	}

	/**
	 * A refused action shows the page at the action's address; opening that address
	 * (reload, the language switch) shows the page.
	 */
	@GetMapping({ "/route", "/answer", "/publish", "/unpublish", "/take", "/assign", "/status", "/message",
			"/hand-over", "/return", "/forward", "/merge", "/note", "/registry-number" })
	String actionAddress(@ModelAttribute("municipality") Municipality municipality, @PathVariable String reference) {
		return "redirect:/" + municipality.slug() + "/staff/cases/" + reference;
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@ModelAttribute("municipality") Municipality municipality,
			@PathVariable String reference, @PathVariable long attachmentId,
			@AuthenticationPrincipal StaffPrincipal me) {
		if (!handling.canView(me, municipality.id(), reference)) {
			throw new CaseAccessDeniedException();
		}
		AttachmentContent file = attachments.content(municipality.id(), reference, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment"));
		// Always a download, never rendered inline: a file from the public is not trusted
		// content.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

}
