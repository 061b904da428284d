package se.medskapa.notifications.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.medskapa.notifications.Mailer;
import se.medskapa.notifications.SentMail;

/**
 * The operator's record of every e-mail the platform sent: whole mails only in the demo
 * without SMTP (where it is the demo's mailbox), otherwise who got what subject when, and
 * whether it was delivered.
 */
@Controller
class SentMailController {

	static final int PAGE_SIZE = 50;

	private final Mailer mailer;

	SentMailController(Mailer mailer) {
		this.mailer = mailer;
	}

	@GetMapping("/operator/sent-mail")
	String list(@RequestParam(required = false) Long before, Model model) {
		List<SentMail> page = mailer.recent(before, PAGE_SIZE);
		model.addAttribute("mails", page);
		model.addAttribute("fullBodies", mailer.recordsFullBodies());
		model.addAttribute("nextBefore", page.size() == PAGE_SIZE ? page.get(page.size() - 1).id() : null);
		return "notifications/sent-mail";
	}

}
