package se.medskapa.config;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

import se.medskapa.shared.Times;

/**
 * {@code #times} in every template: {@code ${#times.date(c.submittedAt)}},
 * {@code #times.dateTime(…)}, {@code #times.dateTimeWithSeconds(…)}, in the configured
 * time zone ({@link Times}). Spring Boot adds every dialect bean to the template engine.
 */
@Component
class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Times times;

	TimesDialect(Times times) {
		super("medskapa-times");
		this.times = times;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("times");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return times;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
