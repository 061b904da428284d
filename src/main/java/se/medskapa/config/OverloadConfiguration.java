package se.medskapa.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The 503 for overload ({@link OverloadFilter}), in front of every other filter but the
 * character encoding, so that it sees what the session, security and rate-limit filters
 * fail with too.
 */
@Configuration(proxyBeanMethods = false)
class OverloadConfiguration {

	@Bean
	FilterRegistrationBean<OverloadFilter> overloadFilter(ApiProblems problems,
			@Value("${medskapa.overload.retry-after:10s}") Duration retryAfter) {
		FilterRegistrationBean<OverloadFilter> registration = new FilterRegistrationBean<>(
				new OverloadFilter(problems, retryAfter));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
