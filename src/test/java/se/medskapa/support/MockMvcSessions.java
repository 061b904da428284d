package se.medskapa.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.util.WebUtils;

/**
 * Lets the MockMvc tests keep handing a {@link MockHttpSession} from request to request
 * now that sessions live in PostgreSQL (Spring Session, ADR 0014). Over HTTP (the browser
 * tests, {@code HttpClient}) nothing changes: the session is found by its cookie, as in
 * production. Through MockMvc the id of the Spring Session is also kept in the
 * {@code MockHttpSession} the test passes with {@code session(…)}; and a
 * {@code MockHttpSession} a test filled by hand (a signed-in resident) is moved into a
 * stored session the first time it is presented. The tests that prove what the cookie
 * does ({@code config/SessionStoreTests}, {@code config/TwoNodeTests}) send the cookie.
 */
@TestComponent
public class MockMvcSessions implements BeanPostProcessor {

	private final ObjectProvider<CookieSerializer> cookies;

	private final ObjectProvider<SessionRepository<? extends Session>> sessions;

	public MockMvcSessions(ObjectProvider<CookieSerializer> cookies,
			ObjectProvider<SessionRepository<? extends Session>> sessions) {
		this.cookies = cookies;
		this.sessions = sessions;
	}

	/**
	 * The id of the stored session the mock session stands for; {@code null} when there
	 * is none (never created, or ended: signed out, invalidated).
	 */
	public static String storedId(MockHttpSession session) {
		return (String) session.getAttribute(Bridge.SESSION_ID);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof SessionRepositoryFilter<?> filter) {
			CookieHttpSessionIdResolver byCookie = new CookieHttpSessionIdResolver();
			byCookie.setCookieSerializer(cookies.getObject());
			filter.setHttpSessionIdResolver(new Bridge(byCookie, sessions));
		}
		return bean;
	}

	/** The cookie first, as in production; then the id kept in the mock session. */
	static final class Bridge implements HttpSessionIdResolver {

		static final String SESSION_ID = MockMvcSessions.class.getName() + ".id";

		private final CookieHttpSessionIdResolver byCookie;

		private final ObjectProvider<SessionRepository<? extends Session>> sessions;

		Bridge(CookieHttpSessionIdResolver byCookie, ObjectProvider<SessionRepository<? extends Session>> sessions) {
			this.byCookie = byCookie;
			this.sessions = sessions;
		}

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			List<String> ids = new ArrayList<>(byCookie.resolveSessionIds(request));
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock != null && mock.getSession(false) instanceof MockHttpSession handedOver) {
				String id = (String) handedOver.getAttribute(SESSION_ID);
				if (id == null && handedOver.getAttributeNames().hasMoreElements()) {
					id = store(handedOver);
				}
				if (id != null) {
					ids.add(0, id);
				}
			}
			return ids;
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			byCookie.setSessionId(request, response, sessionId);
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock != null) {
				mock.getSession(true).setAttribute(SESSION_ID, sessionId);
			}
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			byCookie.expireSession(request, response);
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock != null && mock.getSession(false) instanceof MockHttpSession handedOver) {
				handedOver.removeAttribute(SESSION_ID);
			}
		}

		/** Moves what the test put into the mock session into a stored session. */
		@SuppressWarnings("unchecked")
		private String store(MockHttpSession handedOver) {
			SessionRepository<Session> repository = (SessionRepository<Session>) sessions.getObject();
			Session session = repository.createSession();
			for (String name : Collections.list(handedOver.getAttributeNames())) {
				session.setAttribute(name, handedOver.getAttribute(name));
				handedOver.removeAttribute(name);
			}
			repository.save(session);
			handedOver.setAttribute(SESSION_ID, session.getId());
			return session.getId();
		}

	}

}
