package se.medskapa.accounts;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The key(s) of the second-factor secrets: {@code medskapa.totp.keys}; with the embedded
 * database and no keys set, {@code totp.keys} beside the database folder (created on
 * first start, so the quick start needs no setting).
 */
@Configuration(proxyBeanMethods = false)
class TotpSecretKeys {

	@Bean
	TotpSecretCipher totpSecretCipher(@Value("${medskapa.totp.keys:}") String keys, Environment environment,
			@Value("${medskapa.database.embedded.data-directory:data/postgres}") Path dataDirectory) {
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		return TotpSecretCipher.configured(keys, embedded, dataDirectory.toAbsolutePath().resolveSibling("totp.keys"));
	}

}
