package se.medskapa.meetings;

import java.util.function.Function;
import java.util.HexFormat;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.notifications.Mail;
import se.medskapa.notifications.MailAttachment;
import se.medskapa.notifications.Mailer;
import se.medskapa.shared.NotFoundException;
import se.medskapa.shared.WorkingDays;

/**
 * The mails to registrants, in the language they registered in. Each carries a new signed
 * link to the registration's own page (cancel, leave the waitlist, take an offer); those
 * that confirm places carry the calendar entry. A dedupe key per mail keeps a repeated
 * job from sending twice. Mails are prepared inside the deciding transaction (the link's
 * token is stored with it) and sent after it has committed.
 */
@Component
class MeetingMails {

	/**
	 * What a mail says; its message keys are {@code meetings.mail.<key>.subject/body}.
	 */
	enum Kind {

		CONFIRMED(true, true), WAITLISTED(false, false), PROMOTED(true, true), OFFERED(false, false),
		LAPSED(false, false), REMINDER(true, true), CHANGED(true, false), MESSAGE(false, false);

		private final boolean calendar;

		private final boolean checkIn;

		Kind(boolean calendar, boolean checkIn) {
			this.calendar = calendar;
			this.checkIn = checkIn;
		}

		String key() {
			return switch (this) {
				case CONFIRMED -> "confirmed";
				case WAITLISTED -> "waitlisted";
				case PROMOTED -> "promoted";
				case OFFERED -> "offered";
				case LAPSED -> "lapsed";
				case REMINDER -> "reminder";
				case CHANGED -> "changed";
				case MESSAGE -> "message";
			};
		}

	}

	private static final String QR_FILE = "check-in.png";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The type of a QR attachment not yet drawn: its content is the address it will
	 * carry.
	 */
	private static final String QR_PENDING = "application/x-medskapa-qr-pending";

	private final Mailer mailer;

	private final MessageSource messages;

	private final Municipalities municipalities;

	private final RegistrationStore registrations;

	private final Clock clock;

	private final String baseUrl;

	MeetingMails(Mailer mailer, MessageSource messages, Municipalities municipalities, RegistrationStore registrations,
			Clock clock, @Value("${medskapa.base-url}") String baseUrl) {
		this.mailer = mailer;
		this.messages = messages;
		this.municipalities = municipalities;
		this.registrations = registrations;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends the mail of this kind; {@code extra} is the waitlist position or the offer's
	 * expiry, {@code dedupe} what makes it unique beside kind and registration.
	 */
	Mail prepare(Kind kind, MeetingEvent event, Registration registration, Object extra, String dedupe) {
		return prepare(kind, event, registration, extra, dedupe, "", "");
	}

	/**
	 * As {@link #prepare(Kind, MeetingEvent, Registration, Object, String)}, with an
	 * organiser's own subject and text (arguments 10 and 11 of the message).
	 */
	Mail prepare(Kind kind, MeetingEvent event, Registration registration, Object extra, String dedupe,
			String ownSubject, String ownText) {
		Municipality municipality = municipality(event.municipalityId());
		String token = registrations.issueToken(event.municipalityId(), registration.id(), clock.instant());
		return prepare(kind, event, municipality, registration, extra, dedupe, token, ownSubject, ownText);
	}

	/**
	 * A new registration's mail, with the municipality read and the signed link made
	 * before the event's lock (the caller stores the link).
	 */
	Mail prepareNew(Kind kind, MeetingEvent event, Municipality municipality, Registration registration, Object extra,
			String token) {
		return prepare(kind, event, municipality, registration, extra, "", token, "", "");
	}

	Municipality municipality(long municipalityId) {
		return municipalities.findById(municipalityId).orElseThrow(() -> new NotFoundException("municipality"));
	}

	private Mail prepare(Kind kind, MeetingEvent event, Municipality municipality, Registration registration,
			Object extra, String dedupe, String token, String ownSubject, String ownText) {
		Locale locale = Locale.forLanguageTag(registration.language());
		String link = registrationUrl(municipality.slug(), token);
		String eventUrl = eventUrl(municipality.slug(), event.id());
		Object extraText = extra instanceof Instant instant ? time(instant, locale) : extra;
		Object[] arguments = { registration.name(), event.title(), time(event.startsAt(), locale), where(event),
				registration.places(), link, extraText, eventUrl, municipality.name(), registration.checkInCode(),
				ownSubject, ownText };
		String subject = messages.getMessage("meetings.mail." + kind.key() + ".subject", arguments, locale);
		String body = messages.getMessage("meetings.mail." + kind.key() + ".body", arguments, locale);
		List<MailAttachment> attachments = new ArrayList<>();
		if (kind.calendar) {
			attachments.add(new MailAttachment("event.ics", CalendarFile.CONTENT_TYPE, CalendarFile
				.write(municipality.name(), List.of(new CalendarFile.Entry(event, eventUrl, false)), clock.instant())));
		}
		if (kind.checkIn) {
			// the address now, the image in sendAll: drawing it must not lengthen the
			// event's lock
			attachments.add(new MailAttachment(QR_FILE, QR_PENDING,
					checkInUrl(municipality.slug(), event.id(), registration.checkInCode())
						.getBytes(StandardCharsets.UTF_8)));
		}
		return new Mail(event.municipalityId(), registration.email(), subject, body,
				"meetings:" + kind.key() + ":" + registration.id() + ":" + dedupe, attachments)
			.withSecret(link);
	}

	/**
	 * Records the mails prepared in a deciding transaction, in it; the mailer delivers
	 * them once it has committed. A QR image still pending (a promotion's confirmation)
	 * is drawn here; a new registration's was drawn before the lock
	 * ({@link #newCheckIn}).
	 */
	void sendAll(List<Mail> outbox) {
		outbox.stream()
			.map(mail -> withQrImages(mail,
					pending -> CheckInQrCode.png(new String(pending.content(), StandardCharsets.UTF_8))))
			.forEach(mailer::send);
	}

	/**
	 * A new registration's check-in code and the QR image its confirmation will carry,
	 * both made before the deciding transaction so that drawing never lengthens the
	 * event's lock.
	 */
	CheckIn newCheckIn(Municipality municipality, long eventId) {
		String slug = municipality.slug();
		String code = HexFormat.of().withUpperCase().formatHex(randomBytes(5));
		return new CheckIn(code, CheckInQrCode.png(checkInUrl(slug, eventId, code)));
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** A check-in code with its drawn QR image. */
	record CheckIn(String code, byte[] image) {

		/** The mail with its pending QR attachment replaced by this image. */
		Mail attachTo(Mail mail) {
			return withQrImages(mail, pending -> image);
		}

	}

	/** Replaces each pending QR attachment (the address it carries) by a PNG image. */
	private static Mail withQrImages(Mail mail, Function<MailAttachment, byte[]> draw) {
		if (mail.attachments().stream().noneMatch(attachment -> QR_PENDING.equals(attachment.contentType()))) {
			return mail;
		}
		List<MailAttachment> drawn = mail.attachments()
			.stream()
			.map(attachment -> QR_PENDING.equals(attachment.contentType())
					? new MailAttachment(QR_FILE, CheckInQrCode.CONTENT_TYPE, draw.apply(attachment)) : attachment)
			.toList();
		return new Mail(mail.municipalityId(), mail.recipient(), mail.subject(), mail.body(), mail.dedupeKey(),
				mail.secrets(), drawn);
	}

	String registrationUrl(String slug, String token) {
		return baseUrl + "/" + slug + "/events/registrations/" + token;
	}

	/**
	 * What the QR image carries: the event's check-in page, opened at the participant.
	 */
	String checkInUrl(String slug, long eventId, String code) {
		return baseUrl + "/" + slug + "/staff/events/" + eventId + "/check-in?q=" + code;
	}

	String eventUrl(String slug, long eventId) {
		return baseUrl + "/" + slug + "/events/" + eventId;
	}

	private static String where(MeetingEvent event) {
		if (event.place() != null && event.onlineLink() != null) {
			return event.place() + ", " + event.onlineLink();
		}
		return event.place() != null ? event.place() : event.onlineLink();
	}

	static String time(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(WorkingDays.SWEDEN)
			.format(instant);
	}

}
