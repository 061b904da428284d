package se.medskapa.support;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import se.medskapa.support.TestMailServer.Mark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mark counts only mail that arrives after it, also for an address that had mail before
 * it while other addresses got mail in between (GreenMail lists received mail mailbox by
 * mailbox, so a single position in that list missed such a later mail).
 */
class TestMailServerTests {

	@Test
	void shouldCountLaterMailToAnAddressThatHadMailBeforeTheMark() {
		String first = "mark-first-" + System.nanoTime() + "@example.org";
		String other = "mark-other-" + System.nanoTime() + "@example.org";
		send(first, "one");
		send(other, "two");
		Mark mark = TestMailServer.mark();
		send(first, "three");

		assertThat(TestMailServer.subjects(TestMailServer.mailsTo(first, mark))).containsExactly("three");
		assertThat(TestMailServer.mailsTo(other, mark)).isEmpty();
		assertThat(TestMailServer.subjects(TestMailServer.mailsTo(first, Mark.START))).containsExactly("one", "three");
	}

	private static void send(String to, String subject) {
		GreenMailUtil.sendTextEmail(to, "sender@example.org", subject, "body",
				new ServerSetup(TestMailServer.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

}
