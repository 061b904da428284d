package se.medskapa.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * An address that fails with an unexpected exception, so the browser tests can check the
 * 500 page (and one that takes a parameter, for the 400 page). Exists only in the tests'
 * application context ({@link IntegrationTest}).
 */
@Controller
public class FailingPage {

	public static final String PATH = "/test-only/failure";

	/**
	 * Takes a parameter as any page does: a control character in it is refused by the
	 * application's hostile-input check with the 400 page.
	 */
	public static final String PARAMETER_PATH = "/test-only/parameter";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException("A failure the tests asked for");
	}

	@GetMapping(PARAMETER_PATH)
	@ResponseBody
	String echo(@RequestParam String text) {
		return text.length() + " characters";
	}

}
