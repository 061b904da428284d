package se.medskapa.cases.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.medskapa.cases.SubmissionRefusedException;
import se.medskapa.shared.RateLimiter;

/**
 * How many cases may be sent within the window, per client address and per e-mail
 * address; the page and the JSON API share the counts. The address limit is generous
 * because a workshop on one Wi-Fi, a library's public computers or a service centre all
 * share one address; the e-mail limit stops one address being flooded with receipts.
 */
@Component
class IntakeLimits {

	private final RateLimiter rateLimiter;

	private final int perAddress;

	private final int perEmail;

	private final int uploadsPerAddress;

	private final Duration window;

	IntakeLimits(RateLimiter rateLimiter, @Value("${medskapa.intake.limit.per-address:30}") int perAddress,
			@Value("${medskapa.intake.limit.per-email:5}") int perEmail,
			@Value("${medskapa.intake.limit.uploads-per-address:60}") int uploadsPerAddress,
			@Value("${medskapa.intake.limit.window:1h}") Duration window) {
		this.rateLimiter = rateLimiter;
		this.perAddress = perAddress;
		this.perEmail = perEmail;
		this.uploadsPerAddress = uploadsPerAddress;
		this.window = window;
	}

	/**
	 * Counts one form sent with files from the client, accepted or not, and tells whether
	 * it is within the limit: a refused upload (too large, wrong type) can otherwise be
	 * repeated without end, and the intake limit counts only what gets that far.
	 */
	boolean countUpload(HttpServletRequest request) {
		return rateLimiter.tryAcquire("intake-upload:" + request.getRemoteAddr(), uploadsPerAddress, window);
	}

	/**
	 * Counts one submission from the client (and for the e-mail address, when one is
	 * given) and tells which limit, if any, it went over.
	 */
	Optional<Refusal> count(HttpServletRequest request, String email) {
		if (!rateLimiter.tryAcquire("intake:" + request.getRemoteAddr(), perAddress, window)) {
			return Optional.of(Refusal.ADDRESS);
		}
		if (email != null && !email.isBlank() && !rateLimiter
			.tryAcquire("intake-email:" + email.strip().toLowerCase(Locale.ROOT), perEmail, window)) {
			return Optional.of(Refusal.EMAIL);
		}
		return Optional.empty();
	}

	/**
	 * Counts one request to mail a tracking link and tells whether it is within the
	 * limit: per client address at the address limit, per e-mail address and per case at
	 * the e-mail limit, so that the receipt cannot be used to flood an address.
	 */
	boolean countLinkMail(HttpServletRequest request, String email, String reference) {
		return rateLimiter.tryAcquire("link-mail:" + request.getRemoteAddr(), perAddress, window)
				&& rateLimiter.tryAcquire("link-mail-email:" + email.strip().toLowerCase(Locale.ROOT), perEmail, window)
				&& rateLimiter.tryAcquire("link-mail-case:" + reference, perEmail, window);
	}

	int perAddress() {
		return perAddress;
	}

	int perEmail() {
		return perEmail;
	}

	SubmissionRefusedException problem(Refusal refusal) {
		return refusal == Refusal.ADDRESS ? SubmissionRefusedException.tooManySubmissions(window)
				: SubmissionRefusedException.tooManySubmissionsForEmail(window);
	}

	/** Which limit a submission went over, with the text the form shows. */
	enum Refusal {

		/** Shown above the form: nothing in it can be changed to help. */
		ADDRESS("intake.rateLimited"),

		/** Shown at the e-mail field. */
		EMAIL("intake.rateLimitedEmail"),

		/** Shown at the file field: too many forms with files from the address. */
		UPLOADS("intake.rateLimitedUploads");

		private final String messageKey;

		Refusal(String messageKey) {
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

}
