package se.medskapa.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, encrypts the second-factor secrets still stored in clear (from before
 * encryption) and re-encrypts those under an older key (after a key rotation) with the
 * current key. Each row is updated only if it still holds what was read, so two nodes
 * starting at once do no harm. Runs before the demo data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TotpSecretMigration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretMigration.class);

	private final StaffAccountRepository staff;

	TotpSecretMigration(StaffAccountRepository staff) {
		this.staff = staff;
	}

	@Override
	public void run(ApplicationArguments args) {
		int migrated = staff.reencryptTotpSecrets();
		if (migrated > 0) {
			log.info("Encrypted {} second-factor secret(s) with the current key", migrated);
		}
	}

}
