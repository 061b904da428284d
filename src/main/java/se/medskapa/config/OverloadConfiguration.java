package se.medskapa.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Refusals of load before the application works on a request: the 503 for overload
 * ({@link OverloadFilter}), in front of every other filter but the character encoding, so
 * that it sees what the session, security and rate-limit filters fail with too; and the
 * 413 for uploads over the limits ({@link UploadSizeFilter}).
 */
@Configuration(proxyBeanMethods = false)
class OverloadConfiguration {

	@Bean
	FilterRegistrationBean<OverloadFilter> overloadFilter(ApiProblems problems,
			@Value("${medskapa.overload.retry-after:10s}") Duration retryAfter,
			@Value("${medskapa.overload.log-interval:10s}") Duration logInterval) {
		FilterRegistrationBean<OverloadFilter> registration = new FilterRegistrationBean<>(
				new OverloadFilter(problems, retryAfter, new OverloadFilter.Reports(logInterval, System::nanoTime)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * At most {@code medskapa.search.max-concurrent} public searches at a time on this
	 * node (0: one per core), the rest 503 after {@code medskapa.search.max-wait}
	 * ({@link SearchBulkhead}); right after the overload filter, before the session and
	 * security filters.
	 */
	@Bean
	SearchBulkhead searchBulkhead(ApiProblems problems, @Value("${medskapa.search.max-concurrent:0}") int maxConcurrent,
			@Value("${medskapa.search.max-wait:500ms}") Duration maxWait,
			@Value("${medskapa.overload.retry-after:10s}") Duration retryAfter,
			@Value("${medskapa.overload.log-interval:10s}") Duration logInterval) {
		int size = maxConcurrent > 0 ? maxConcurrent : Runtime.getRuntime().availableProcessors();
		return new SearchBulkhead(size, maxWait, retryAfter, problems,
				new OverloadFilter.Reports(logInterval, System::nanoTime));
	}

	@Bean
	FilterRegistrationBean<SearchBulkhead> searchBulkheadRegistration(SearchBulkhead bulkhead) {
		FilterRegistrationBean<SearchBulkhead> registration = new FilterRegistrationBean<>(bulkhead);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
		return registration;
	}

	/**
	 * Uploads over the limits refused with 413 before any other filter reads the body
	 * ({@link UploadSizeFilter}).
	 */
	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(ApiProblems problems,
			@Value("${spring.servlet.multipart.max-request-size:-1B}") DataSize maxRequestSize) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(maxRequestSize, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
