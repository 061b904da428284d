package se.medskapa.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An address that fails with an unexpected exception, so the browser tests can check the
 * 500 page. Exists only in the tests' application context ({@link IntegrationTest}).
 */
@Controller
public class FailingPage {

	public static final String PATH = "/test-only/failure";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException("A failure the tests asked for");
	}

}
