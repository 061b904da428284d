package se.medskapa.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffRole;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.TestMailServer;
import se.medskapa.support.TestMunicipality;
import se.medskapa.support.TestStaff;

/**
 * A municipality of the test's own with an admin, events made through the facade, and the
 * parts of a meetings mail: its text and its parsed calendar entry.
 */
record MeetingFixtures(TestMunicipality town, TestStaff admin, StaffPrincipal adminPrincipal) {

	static MeetingFixtures create(Municipalities municipalities, Organisation organisation, StaffDirectory directory,
			StaffUserDetailsService users) {
		TestMunicipality town = TestMunicipality.register(municipalities, organisation);
		TestStaff admin = TestStaff.create(directory, users, town.id(), Set.of(StaffRole.MUNICIPALITY_ADMIN),
				List.of());
		return new MeetingFixtures(town, admin, users.reload(admin.id()).orElseThrow());
	}

	static EventDetails details(long unitId, Audience audience, int capacity, int groupLimit, Promotion promotion,
			Instant startsAt) {
		return new EventDetails(unitId, EventKind.FUTURE_WORKSHOP, "Framtidsverkstad, Norrby",
				"Vi drömmer; kritiserar, planerar.\nVälkommen!", startsAt, startsAt.plus(Duration.ofHours(2)),
				"Norrby bibliotek, sal 2", null, "Hiss och hörslinga", audience, List.of("inbjuden@example.se"),
				capacity, null, null, groupLimit, promotion, 24, "Eva Arrangör", "eva@prov.example");
	}

	long event(MeetingEvents events, Audience audience, int capacity, int groupLimit, Promotion promotion,
			Instant startsAt) {
		return events.create(town.id(), adminPrincipal,
				details(town.streets().id(), audience, capacity, groupLimit, promotion, startsAt), true);
	}

	static Registrant person(String email, int places) {
		return new Registrant("Namn " + email, email, null, places, true, "sv");
	}

	/** The decoded text part of a multipart mail, or the text of a plain one. */
	static String text(MimeMessage mail) {
		try {
			Object content = mail.getContent();
			if (content instanceof String text) {
				return text;
			}
			Multipart multipart = (Multipart) content;
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = textIn(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
			throw new AssertionError("no text part");
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String textIn(BodyPart part) throws MessagingException, IOException {
		if (part.getContent() instanceof Multipart nested) {
			for (int i = 0; i < nested.getCount(); i++) {
				String found = textIn(nested.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return part.isMimeType("text/plain") && part.getFileName() == null ? (String) part.getContent() : null;
	}

	/** The attached calendar file, parsed by ical4j (a real RFC 5545 parser). */
	static Calendar calendar(MimeMessage mail) {
		try {
			Multipart multipart = (Multipart) mail.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				if ("event.ics".equals(part.getFileName())) {
					assertCalendarType(part);
					try (InputStream in = part.getInputStream()) {
						return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			throw new AssertionError("no event.ics attached");
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Calendar parse(String ics) {
		try {
			return new CalendarBuilder().build(new StringReader(ics));
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("not valid iCalendar: " + ex.getMessage() + "\n" + ics, ex);
		}
	}

	private static void assertCalendarType(BodyPart part) throws MessagingException {
		if (!part.isMimeType("text/calendar")) {
			throw new AssertionError("attachment type " + part.getContentType());
		}
	}

	/**
	 * How many mails the address has had. Counting per address, not by
	 * {@code TestMailServer.mark()}: GreenMail lists received mail mailbox by mailbox, so
	 * a position in that list does not separate older mail to an address from newer.
	 */
	static int received(String address) {
		return TestMailServer.mailsTo(address).size();
	}

	/**
	 * Waits for exactly {@code count} more mails to the address than it had (none more
	 * during the quiet period) and returns them.
	 */
	static List<MimeMessage> awaitMore(String address, int had, int count) {
		List<MimeMessage> all = TestMailServer.awaitMailsTo(address, had + count, TestMailServer.Mark.START);
		return all.subList(had, all.size());
	}

	static MimeMessage awaitNext(String address, int had) {
		return awaitMore(address, had, 1).get(0);
	}

	/** The registration token in the mail's link. */
	static String token(MimeMessage mail) {
		Matcher matcher = Pattern.compile("/events/registrations/([A-Za-z0-9_-]+)").matcher(text(mail));
		if (!matcher.find()) {
			throw new AssertionError("no registration link in: " + text(mail));
		}
		return matcher.group(1);
	}

}
