package se.medskapa.support;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port, so that every mail
 * the application sends travels over real SMTP and can be read back.
 */
public final class TestMailServer {

	private static final GreenMail SERVER = start();

	private TestMailServer() {
	}

	private static GreenMail start() {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		return greenMail;
	}

	public static int port() {
		return SERVER.getSmtp().getPort();
	}

	/** Waits for the newest mail to the address and returns it. */
	public static MimeMessage lastMailTo(String address) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			List<MimeMessage> mails = mailsTo(address);
			if (!mails.isEmpty()) {
				return mails.get(mails.size() - 1);
			}
			sleep();
		}
		throw new AssertionError("no mail to " + address);
	}

	public static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(SERVER.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
	}

	/**
	 * The decoded text of a plain-text mail (quoted-printable and charset handled by
	 * Jakarta Mail).
	 */
	public static String body(MimeMessage mail) {
		try {
			Object content = mail.getContent();
			return content instanceof String text ? text : GreenMailUtil.getBody(mail);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first link in the mail that starts with the given path, e.g.
	 * {@code /login/ott}.
	 */
	public static String linkIn(MimeMessage mail, String path) {
		Matcher matcher = Pattern.compile("https?://[^\\s]+" + Pattern.quote(path) + "[^\\s]*").matcher(body(mail));
		if (!matcher.find()) {
			throw new AssertionError("no link to " + path + " in: " + body(mail));
		}
		return matcher.group();
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
