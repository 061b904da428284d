package se.medskapa.demo;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.shared.DemoDataCondition;

/**
 * F7: the demo staff, whose password and second-factor secret are published in the
 * README, exist only while demo data is on. On an installation without demo data (an
 * external database, or {@code medskapa.demo-data.enabled=false}) every start retires the
 * ones that an earlier start with demo data left behind, and says so in the log.
 */
@Component
@Conditional(DemoDataCondition.Off.class)
class RetiredDemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RetiredDemoAccounts.class);

	private final StaffDirectory staff;

	private final List<String> emails;

	@Autowired
	RetiredDemoAccounts(StaffDirectory staff) {
		this(staff, demoStaffEmails());
	}

	RetiredDemoAccounts(StaffDirectory staff, List<String> emails) {
		this.staff = staff;
		this.emails = List.copyOf(emails);
	}

	@Override
	public void run(ApplicationArguments args) {
		retire();
	}

	int retire() {
		int retired = 0;
		for (String email : emails) {
			if (staff.retireDemoAccount(email)) {
				retired++;
			}
		}
		if (retired > 0) {
			log.warn("Demo data is off: {} demo staff account(s) with the published password were deactivated and "
					+ "their password and second-factor secret erased", retired);
		}
		return retired;
	}

	/** Every staff address the demo data creates, the operator's first. */
	static List<String> demoStaffEmails() {
		List<String> emails = new ArrayList<>(List.of(DemoData.OPERATOR_EMAIL));
		for (DemoMunicipality demo : DemoMunicipality.ALL) {
			for (String role : DemoData.STAFF_ADDRESSES) {
				emails.add(role + "@" + demo.slug() + ".medskapa.example");
			}
		}
		return emails;
	}

}
