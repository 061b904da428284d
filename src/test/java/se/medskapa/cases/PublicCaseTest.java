package se.medskapa.cases;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.medskapa.accounts.StaffDirectory;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.support.IntegrationTest;

/**
 * Base of the open-feedback tests: each test gets a fresh municipality and the fixtures
 * to fill it.
 */
abstract class PublicCaseTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseIntake intake;

	@Autowired
	Municipalities municipalities;

	@Autowired
	Organisation organisation;

	@Autowired
	StaffDirectory staff;

	@Autowired
	JdbcClient jdbc;

	PublicCaseFixtures fixtures;

	Municipality municipality;

	@BeforeEach
	void freshMunicipality() {
		fixtures = new PublicCaseFixtures(intake, municipalities, organisation, staff, jdbc);
		municipality = fixtures.municipality();
	}

}
