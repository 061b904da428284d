package se.medskapa.shared;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * {@code medskapa.demo-data.enabled} when set; otherwise on exactly when the database is
 * the embedded one.
 */
public class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

	/** Whether this installation runs with demo data (and its published credentials). */
	public static boolean isOn(Environment environment) {
		String explicit = environment.getProperty("medskapa.demo-data.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit);
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	/**
	 * The demo without an SMTP server: mail is only recorded, and the operator reads it,
	 * sign-in links included, on the sent-mail page. Nowhere else does the record hold a
	 * live link.
	 */
	public static boolean isDemoMailbox(Environment environment) {
		return isOn(environment) && !StringUtils.hasText(environment.getProperty("spring.mail.host"));
	}

	/** The opposite: beans for an installation without demo data. */
	public static class Off implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !isOn(context.getEnvironment());
		}

	}

}
