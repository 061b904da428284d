package se.medskapa.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.medskapa.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0008: each table has one owning module, only the owner writes it, and a module
 * reads another module's table only where listed here. What {@code ModularityTests} does
 * for Java, this does for the SQL in the string literals and text blocks of each module's
 * main classes.
 */
@Tag("persistence")
class TableOwnershipTests extends IntegrationTest {

	/**
	 * Module → the tables it owns. A new table needs its place here. {@code accounts}
	 * also owns Spring Security's one-time tokens (the residents' sign-in link),
	 * {@code config} Spring Modulith's event publication registry, Spring Session's
	 * sessions and ShedLock's job locks (ADR 0014; written by those libraries only).
	 */
	static final Map<String, Set<String>> TABLES_OF = Map.ofEntries(
			Map.entry("municipalities",
					Set.of("municipality", "department", "unit", "category", "municipality_face",
							"municipality_picture")),
			Map.entry("accounts", Set.of("staff_account", "staff_unit_membership", "staff_token", "staff_api_token",
					"resident_account", "one_time_tokens", "eid_provider", "resident_identity", "eid_requirement",
					"staff_sso_provider", "staff_sso_role_group", "user_entities", "user_credentials")),
			Map.entry("shared", Set.of("rate_limit_counter")), Map.entry("notifications", Set.of("sent_mail")),
			Map.entry("accessibility", Set.of("accessibility_report")),
			Map.entry("config", Set.of("event_publication", "spring_session", "spring_session_attributes", "shedlock")),
			Map.entry("cases",
					Set.of("municipality_settings", "case_reference_counter", "cases", "case_event",
							"case_tracking_token", "routing_rule", "case_attachment", "case_follower",
							"case_mail_pending", "case_unit_return")),
			Map.entry("meetings",
					Set.of("meeting_series", "meeting_event", "meeting_registration", "meeting_registration_token",
							"meeting_programme", "meeting_message", "meeting_summary", "meeting_idea")),
			Map.entry("contacts",
					Set.of("contact_district", "contact_bank_settings", "contact_consent_text", "contact_member",
							"contact_invitation", "contact_recipient", "contact_link", "contact_audit",
							"contact_search")),
			Map.entry("participation",
					Set.of("participation_support", "participation_comment", "participation_petition_rule",
							"participation_petition", "participation_follow", "participation_unfollow_link",
							"participation_moderation_setting", "participation_moderation_item", "participation_report",
							"participation_moderation_log", "participation_block")),
			Map.entry("challenges", Set.of("challenge", "challenge_edit", "challenge_solution", "challenge_score",
					"challenge_attachment")));

	/** Table → owning module. */
	static final Map<String, String> OWNERS = TABLES_OF.entrySet()
		.stream()
		.flatMap(module -> module.getValue().stream().map(table -> Map.entry(table, module.getKey())))
		.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

	/**
	 * Module → foreign tables it reads. Reference names (of municipalities, units,
	 * categories, departments and staff) in read models are allowed by ADR 0008:
	 * {@code accounts} reads the municipality's slug for the staff principal;
	 * {@code challenges} reads unit and staff names in ChallengeViews; {@code cases}
	 * reads names in StaffCaseViews, PublicCases, CaseTracking, CaseRecords,
	 * RoutingRules, HandlingStatistics, ResidentCases and CaseMails. To replace by the
	 * owner's facade or an event: CaseMails reads the followers' addresses in
	 * {@code resident_account}, AccountabilityCheck reads {@code staff_account.active}
	 * and {@code staff_unit_membership}.
	 */
	static final Map<String, Set<String>> ALLOWED_FOREIGN_READS = Map.of(
			"accounts", Set.of("municipality"), "meetings", Set.of("unit"), "cases", Set.of("municipality", "unit",
					"category", "department", "staff_account", "staff_unit_membership", "resident_account"),
			"challenges", Set.of("unit", "staff_account"));

	private static final Path MAIN_JAVA = Path.of("src/main/java/se/medskapa");

	/**
	 * Text blocks, string literals, char literals and comments; only the first two are
	 * kept.
	 */
	private static final Pattern JAVA_TOKENS = Pattern.compile(
			"\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\\\n]|\\\\.)+'|//[^\\n]*|/\\*.*?\\*/",
			Pattern.DOTALL);

	private static final List<Pattern> WRITES = Stream
		.of("\\binsert into (\\w+)", "\\bupdate (\\w+) (?:\\w+ )?set\\b", "\\bdelete from (\\w+)",
				"\\bmerge into (\\w+)", "\\btruncate (?:table )?(\\w+)")
		.map(Pattern::compile)
		.toList();

	private static final Pattern READS = Pattern.compile("\\b(?:from|join) (\\w+)");

	@Autowired
	JdbcClient jdbc;

	private Set<String> tables;

	private List<TableUse> uses;

	@BeforeEach
	void readTablesAndSql() throws IOException {
		tables = new TreeSet<>(jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not like 'flyway_schema_history%'""").query(String.class).list());
		uses = tableUses(tables);
	}

	@Test
	void shouldGiveEveryTableOneOwningModule() {
		assertThat(tables).as("tables without an owner in TableOwnershipTests.TABLES_OF")
			.allSatisfy(table -> assertThat(OWNERS).containsKey(table));
		assertThat(OWNERS.keySet()).as("owners of tables that do not exist").isSubsetOf(tables);
		assertThat(TABLES_OF.keySet()).as("owners that are not modules")
			.allSatisfy(module -> assertThat(MAIN_JAVA.resolve(module)).isDirectory());
	}

	@Test
	void shouldWriteOnlyIntoTablesOfTheOwnModule() {
		List<TableUse> foreignWrites = uses.stream().filter(use -> use.write() && use.isForeign()).toList();
		assertThat(foreignWrites).as("writes into another module's table (ADR 0008)").isEmpty();
	}

	@Test
	void shouldReadForeignTablesOnlyWhereListed() {
		List<TableUse> unlisted = uses.stream()
			.filter(use -> !use.write() && use.isForeign())
			.filter(use -> !ALLOWED_FOREIGN_READS.getOrDefault(use.module(), Set.of()).contains(use.table()))
			.toList();
		assertThat(unlisted)
			.as("reads of another module's table that TableOwnershipTests.ALLOWED_FOREIGN_READS does not list "
					+ "(use the owner's facade or an event, or list a reference-name read; ADR 0008)")
			.isEmpty();
	}

	@Test
	void shouldListOnlyForeignReadsThatStillHappen() {
		Set<String> foreignReads = uses.stream()
			.filter(use -> !use.write() && use.isForeign())
			.map(use -> use.module() + " → " + use.table())
			.collect(Collectors.toSet());
		Set<String> listed = ALLOWED_FOREIGN_READS.entrySet()
			.stream()
			.flatMap(entry -> entry.getValue().stream().map(table -> entry.getKey() + " → " + table))
			.collect(Collectors.toSet());
		assertThat(listed).as("listed foreign reads that no longer happen").isSubsetOf(foreignReads);
	}

	@Test
	void shouldSeeWritesAndReadsInStringsButNotInComments() {
		String java = """
				// insert into cases: only a comment
				jdbc.sql(\"""
						update CASES c set title = ?
						where exists (select 1 from unit u where u.id = c.unit_id)\""");
				jdbc.sql("delete from case_event where case_id = ?");
				""";

		assertThat(usesIn("demo", "Sample.java", java, Set.of("cases", "case_event", "unit")))
			.extracting(use -> (use.write() ? "writes " : "reads ") + use.table())
			.containsExactlyInAnyOrder("writes cases", "writes case_event", "reads unit", "reads case_event");
	}

	/** Every table named in the SQL of the main classes, by module and kind of use. */
	private static List<TableUse> tableUses(Set<String> tables) throws IOException {
		List<TableUse> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(MAIN_JAVA)) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Path relative = MAIN_JAVA.relativize(source);
				if (relative.getNameCount() > 1) {
					found.addAll(usesIn(relative.getName(0).toString(), source.getFileName().toString(),
							Files.readString(source), tables));
				}
			}
		}
		return found;
	}

	private static List<TableUse> usesIn(String module, String file, String java, Set<String> tables) {
		List<TableUse> found = new ArrayList<>();
		for (String sql : stringsIn(java)) {
			for (Pattern pattern : WRITES) {
				collect(found, new TableUse(module, null, true, file), pattern.matcher(sql), tables);
			}
			collect(found, new TableUse(module, null, false, file), READS.matcher(sql), tables);
		}
		return found;
	}

	private static void collect(List<TableUse> found, TableUse kind, Matcher matcher, Set<String> tables) {
		while (matcher.find()) {
			if (tables.contains(matcher.group(1))) {
				found.add(new TableUse(kind.module(), matcher.group(1), kind.write(), kind.file()));
			}
		}
	}

	/**
	 * The string literals and text blocks of a Java source, lower case, white space
	 * collapsed.
	 */
	private static List<String> stringsIn(String java) {
		List<String> strings = new ArrayList<>();
		Matcher token = JAVA_TOKENS.matcher(java);
		while (token.find()) {
			String text = token.group(1) != null ? token.group(1) : token.group(2);
			if (text != null) {
				strings.add(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
			}
		}
		return strings;
	}

	record TableUse(String module, String table, boolean write, String file) {

		boolean isForeign() {
			return !module.equals(OWNERS.get(table));
		}

	}

}
