package se.medskapa.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.accounts.StaffRole;
import se.medskapa.municipalities.Department;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.DemoDataCondition;
import se.medskapa.shared.DemoSeed;

/**
 * Loads the demo municipalities once: a municipality that exists already is left as it
 * is, so a restart keeps whatever was changed in the demo. The handlers of further units
 * are added when missing (also to one loaded by an earlier version). Then every module's
 * {@link DemoSeed} adds its own demo data (the cases module: routing rules and cases), in
 * their order. Credentials are in the README.
 */
@Component
@Conditional(DemoDataCondition.class)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** Password of every demo staff account. */
	static final String PASSWORD = "Medskapa-demo-2026";

	/**
	 * TOTP secret of every demo staff account:
	 * {@code oathtool --totp -b JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP}.
	 */
	static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	static final String OPERATOR_EMAIL = "drift@medskapa.example";

	/** The local parts of the demo staff of each municipality ({@code admin@boras…}). */
	static final List<String> STAFF_ADDRESSES = List.of("admin", "idecoach", "handlaggare", "enhetschef",
			"handlaggare2", "handlaggare3", "kontaktbank");

	private final Municipalities municipalities;

	private final Organisation organisation;

	private final StaffDirectory staff;

	private final List<DemoSeed> seeds;

	private final TransactionTemplate transaction;

	DemoData(Municipalities municipalities, Organisation organisation, StaffDirectory staff, List<DemoSeed> seeds,
			TransactionTemplate transaction) {
		this.municipalities = municipalities;
		this.organisation = organisation;
		this.staff = staff;
		this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (!staff.exists(OPERATOR_EMAIL)) {
				staff.createActive(null, OPERATOR_EMAIL, "Driftansvarig Demo", PASSWORD, TOTP_SECRET,
						EnumSet.of(StaffRole.PLATFORM_OPERATOR), List.of());
			}
			for (DemoMunicipality demo : DemoMunicipality.ALL) {
				if (municipalities.findBySlug(demo.slug()).isEmpty()) {
					load(demo);
					log.info("Demo data loaded for {}", demo.slug());
				}
			}
		});
		warnThatDemoCredentialsAreActive();
		for (DemoMunicipality demo : DemoMunicipality.ALL) {
			Municipality municipality = municipalities.findBySlug(demo.slug()).orElseThrow();
			transaction.executeWithoutResult(status -> createHandlersOfFurtherUnits(municipality, demo));
			transaction.executeWithoutResult(status -> createContactOfficial(municipality));
			for (DemoSeed seed : seeds) {
				try {
					transaction.executeWithoutResult(status -> seed.seed(municipality.id(), municipality.slug()));
				}
				catch (RuntimeException ex) {
					// The demo municipality was changed by hand so that the script no
					// longer
					// fits: keep it as it is.
					log.warn("Demo data of {} not loaded for {}", seed.getClass().getSimpleName(), demo.slug(), ex);
				}
			}
		}
	}

	/**
	 * F7: loud, at every start, so that nobody runs a reachable server with the published
	 * demo credentials without knowing it.
	 */
	static void warnThatDemoCredentialsAreActive() {
		log.warn("""

				************************************************************************************
				* DEMO DATA IS ON: DEMO CREDENTIALS ARE ACTIVE.                                    *
				* The platform operator {} and every demo staff account sign in with the   *
				* password and TOTP secret published in the README. Anyone who reaches this server *
				* can sign in as operator. Never expose it; for real use set                       *
				* MEDSKAPA_DEMO_DATA_ENABLED=false (the demo accounts are then retired at start).  *
				************************************************************************************""",
				OPERATOR_EMAIL);
	}

	private void createHandlersOfFurtherUnits(Municipality municipality, DemoMunicipality demo) {
		Map<String, Long> unitIds = new LinkedHashMap<>();
		organisation.units(municipality.id()).forEach(unit -> unitIds.putIfAbsent(unit.name(), unit.id()));
		for (int i = 0; i < demo.handlerUnits().length; i++) {
			String email = "handlaggare" + (i + 2) + "@" + municipality.slug() + ".medskapa.example";
			Long unitId = unitIds.get(demo.handlerUnits()[i]);
			if (!staff.exists(email) && unitId != null) {
				createStaff(municipality, "handlaggare" + (i + 2), demo.staffNames()[4 + i], Set.of(StaffRole.HANDLER),
						List.of(unitId));
			}
		}
	}

	/** The contact bank's official, in the first unit (module contacts). */
	private void createContactOfficial(Municipality municipality) {
		String email = "kontaktbank@" + municipality.slug() + ".medskapa.example";
		List<Unit> units = organisation.units(municipality.id());
		if (!staff.exists(email) && !units.isEmpty()) {
			createStaff(municipality, "kontaktbank", "Samira Kontaktsson", Set.of(StaffRole.CONTACT_OFFICIAL),
					List.of(units.get(0).id()));
		}
	}

	private void load(DemoMunicipality demo) {
		Municipality municipality = municipalities.register(demo.slug(), demo.name(), demo.email(), demo.phone(),
				demo.address(), demo.website());
		Map<String, Unit> units = new LinkedHashMap<>();
		demo.departments().forEach((departmentName, unitNames) -> {
			Department department = organisation.createDepartment(municipality.id(), departmentName);
			for (String unitName : unitNames) {
				units.put(unitName, organisation.createUnit(municipality.id(), department.id(), unitName, null));
			}
		});
		for (String[] category : DemoMunicipality.CATEGORIES) {
			organisation.createCategory(municipality.id(), category[0], category[1]);
		}
		List<Long> firstUnit = new ArrayList<>(List.of(units.values().iterator().next().id()));
		createStaff(municipality, "admin", demo.staffNames()[0], Set.of(StaffRole.MUNICIPALITY_ADMIN), List.of());
		createStaff(municipality, "idecoach", demo.staffNames()[1], Set.of(StaffRole.IDEA_COACH), List.of());
		createStaff(municipality, "handlaggare", demo.staffNames()[2], Set.of(StaffRole.HANDLER), firstUnit);
		createStaff(municipality, "enhetschef", demo.staffNames()[3], Set.of(StaffRole.UNIT_LEAD, StaffRole.HANDLER),
				firstUnit);
	}

	private void createStaff(Municipality municipality, String role, String name, Set<StaffRole> roles,
			List<Long> unitIds) {
		staff.createActive(municipality.id(), role + "@" + municipality.slug() + ".medskapa.example", name, PASSWORD,
				TOTP_SECRET, roles, unitIds);
	}

}
