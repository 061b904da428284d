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
		Environment environment = context.getEnvironment();
		String explicit = environment.getProperty("medskapa.demo-data.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit);
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
