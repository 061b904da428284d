package se.medskapa.config;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} Medskapa runs on its own embedded PostgreSQL, so
 * that {@code ./mvnw spring-boot:run} needs nothing but a JDK. With the URL set, Spring
 * Boot's usual DataSource auto-configuration takes over and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class DatabaseConfiguration {

	/** The quick start may well be a small municipality's production: durable. */
	static final boolean DURABLE_BY_DEFAULT = true;

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(
			@Value("${medskapa.database.embedded.data-directory:data/postgres}") Path dataDirectory,
			@Value("${medskapa.database.embedded.port:0}") int port,
			@Value("${medskapa.database.embedded.clean:false}") boolean clean,
			@Value("${medskapa.database.embedded.durable:" + DURABLE_BY_DEFAULT + "}") boolean durable) {
		return EmbeddedPostgresServer.start(dataDirectory, port, clean, durable);
	}

	/**
	 * The pool takes {@code spring.datasource.hikari.*} as Boot's own would (its size,
	 * how long a request waits for a connection).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("medskapa-embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
