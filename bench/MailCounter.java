import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail server of bench/intake.sh and bench/crash.sh: GreenMail (the project's test
 * dependency) as a standalone SMTP server on 127.0.0.1:PORT, outside the application's
 * process, so that it outlives a kill -9 of the application. Every second it writes
 * {@code recipient<TAB>count} per recipient (the count of mails received) to FILE
 * (replaced atomically), with a last line {@code TOTAL<TAB>n}.
 *
 * <pre>
 *   java -cp "$(test classpath)" bench/MailCounter.java PORT FILE
 * </pre>
 */
public class MailCounter {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path file = Path.of(args[1]);
		GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		System.out.println("GreenMail SMTP on 127.0.0.1:" + port + ", counts in " + file);
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		while (true) {
			Map<String, Integer> counts = new TreeMap<>();
			MimeMessage[] messages = mail.getReceivedMessages();
			for (MimeMessage message : messages) {
				for (Address to : message.getRecipients(Message.RecipientType.TO)) {
					counts.merge(to.toString().toLowerCase(), 1, Integer::sum);
				}
			}
			StringBuilder out = new StringBuilder();
			counts.forEach((recipient, count) -> out.append(recipient).append('\t').append(count).append('\n'));
			out.append("TOTAL\t").append(messages.length).append('\n');
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(tmp, out);
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Thread.sleep(1000);
		}
	}

}
