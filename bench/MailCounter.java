import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
 * {@code recipient<TAB>distinct<TAB>raw} per recipient to FILE (replaced atomically):
 * the distinct Message-IDs received (what the recipient's mail system shows, RFC 5322
 * section 3.6.4, ADR 0045) and the raw count of mails, with a last line
 * {@code TOTAL<TAB>distinct<TAB>raw}.
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
			Map<String, Set<String>> ids = new TreeMap<>();
			Set<String> allIds = new HashSet<>();
			MimeMessage[] messages = mail.getReceivedMessages();
			for (MimeMessage message : messages) {
				String id = String.valueOf(message.getMessageID());
				allIds.add(id);
				for (Address to : message.getRecipients(Message.RecipientType.TO)) {
					String recipient = to.toString().toLowerCase();
					counts.merge(recipient, 1, Integer::sum);
					ids.computeIfAbsent(recipient, r -> new HashSet<>()).add(id);
				}
			}
			StringBuilder out = new StringBuilder();
			counts.forEach((recipient, count) -> out.append(recipient)
				.append('\t')
				.append(ids.get(recipient).size())
				.append('\t')
				.append(count)
				.append('\n'));
			out.append("TOTAL\t").append(allIds.size()).append('\t').append(messages.length).append('\n');
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(tmp, out);
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Thread.sleep(1000);
		}
	}

}
