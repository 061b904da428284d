package se.medskapa.config;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * What lets more than one node serve the same installation (ADR 0014): HTTP sessions in
 * PostgreSQL (Spring Session JDBC, tables from {@code db/migration/config/V7}) and one
 * run per schedule for the scheduled jobs (ShedLock on {@code shedlock}, V8).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

	/**
	 * The lock of a job; its times are the database's, so nodes whose clocks differ still
	 * agree on when a lock runs out.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

	/**
	 * A session stored by an older release may hold a class that changed since (a
	 * principal, or Spring Security's own after an upgrade). Such an attribute reads as
	 * absent: the visitor is signed out and signs in again, instead of every request of
	 * that session ending as a 500 after a deploy.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> tolerantSessionAttributes() {
		return repository -> {
			GenericConversionService conversion = new GenericConversionService();
			conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
			DeserializingConverter deserializer = new DeserializingConverter(
					ClusterConfiguration.class.getClassLoader());
			conversion.addConverter(byte[].class, Object.class, (Converter<byte[], Object>) bytes -> {
				try {
					return deserializer.convert(bytes);
				}
				catch (SerializationFailedException ex) {
					log.info("A session attribute from an older release could not be read; treated as absent: {}",
							ex.getMessage());
					return null;
				}
			});
			repository.setConversionService(conversion);
		};
	}

}
