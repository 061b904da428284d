package se.medskapa.contacts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.medskapa.contacts.ContactBank;
import se.medskapa.contacts.ContactInvitations;
import se.medskapa.shared.NotFoundException;

/**
 * The signed links of the bank's mails, used without signing in: withdrawing the consent
 * (one click: opening the link withdraws, ADR 0016) and answering an invitation (the link
 * shows it, the answer is a button).
 */
@Controller
class ContactLinkController {

	private static final int TOKEN_LENGTH = 43;

	private final ContactBank bank;

	private final ContactInvitations invitations;

	ContactLinkController(ContactBank bank, ContactInvitations invitations) {
		this.bank = bank;
		this.invitations = invitations;
	}

	@GetMapping("/contact-bank/withdraw/{token}")
	String withdraw(@PathVariable String token) {
		bank.withdrawByLink(checked(token));
		return "contacts/withdrawn";
	}

	@GetMapping("/contact-bank/answer/{token}")
	String invitation(@PathVariable String token, Model model) {
		model.addAttribute("invitation", invitations.invitationFor(checked(token)));
		model.addAttribute("token", token);
		return "contacts/answer";
	}

	@PostMapping("/contact-bank/answer/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String answer, Model model) {
		String checked = checked(token);
		if ("yes".equals(answer) || "no".equals(answer)) {
			model.addAttribute("answered", invitations.answer(checked, "yes".equals(answer)));
		}
		model.addAttribute("invitation", invitations.invitationFor(checked));
		model.addAttribute("token", token);
		return "contacts/answer";
	}

	private static String checked(String token) {
		if (token == null || token.length() != TOKEN_LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
			throw new NotFoundException("contact link");
		}
		return token;
	}

}
