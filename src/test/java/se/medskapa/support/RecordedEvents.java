package se.medskapa.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.context.event.EventListener;

/**
 * Records every event of the application's own modules as it is published, on whatever
 * thread publishes it, for tests that count how often something happened (an escalation
 * claimed once, say) where the mail dedupe would hide a second occurrence. Registered for
 * every test by {@link IntegrationTest}, so all tests keep sharing one Spring context.
 */
public class RecordedEvents {

	private static final Queue<Object> EVENTS = new ConcurrentLinkedQueue<>();

	@EventListener
	void record(Object event) {
		if (event.getClass().getName().startsWith("se.medskapa.")) {
			EVENTS.add(event);
		}
	}

	/** The recorded events of the type, oldest first. */
	public static <T> List<T> ofType(Class<T> type) {
		return EVENTS.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
