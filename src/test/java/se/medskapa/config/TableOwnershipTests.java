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

	/** Table → owning module. A new table needs its line here. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("municipality", "municipalities"),
			Map.entry("department", "municipalities"), Map.entry("unit", "municipalities"),
			Map.entry("category", "municipalities"), Map.entry("staff_account", "accounts"),
			Map.entry("staff_unit_membership", "accounts"), Map.entry("staff_token", "accounts"),
			Map.entry("staff_api_token", "accounts"), Map.entry("resident_account", "accounts"),
			// Spring Security's one-time tokens for the residents' e-mail sign-in link
			Map.entry("one_time_tokens", "accounts"), Map.entry("rate_limit_counter", "shared"),
			Map.entry("sent_mail", "notifications"), Map.entry("accessibility_report", "accessibility"),
			// Spring Modulith's event publication registry, set up in config
			Map.entry("event_publication", "config"), Map.entry("municipality_settings", "cases"),
			Map.entry("case_reference_counter", "cases"), Map.entry("cases", "cases"), Map.entry("case_event", "cases"),
			Map.entry("case_tracking_token", "cases"), Map.entry("routing_rule", "cases"),
			Map.entry("case_attachment", "cases"), Map.entry("case_follower", "cases"));

	/**
	 * Module → foreign tables it reads. Reference names (of municipalities, units,
	 * categories, departments and staff) in read models are allowed by ADR 0008; the
	 * entries marked "to replace" read more than names and should go through the owner's
	 * facade or an event.
	 */
	static final Map<String, Set<String>> ALLOWED_FOREIGN_READS = Map.of(
			// StaffAccountRepository: the slug of a staff member's municipality, for the
			// principal
			"accounts", Set.of("municipality"),
			// StaffCaseViews, PublicCases, CaseTracking, CaseRecords, RoutingRules,
			// HandlingStatistics,
			// ResidentCases, CaseMails: names of municipality, unit, category, department
			// and staff.
			// To replace: CaseMails reads unit and staff e-mail addresses and the
			// resident's account,
			// AccountabilityCheck reads staff_account.active and staff_unit_membership.
			"cases", Set.of("municipality", "unit", "category", "department", "staff_account", "staff_unit_membership",
					"resident_account"));

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
		assertThat(tables).as("tables without an owner in TableOwnershipTests.OWNERS")
			.allSatisfy(table -> assertThat(OWNERS).containsKey(table));
		assertThat(OWNERS.keySet()).as("owners of tables that do not exist").isSubsetOf(tables);
		assertThat(Set.copyOf(OWNERS.values())).as("owners that are not modules")
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

	/** Every table named in the SQL of the main classes, by module and kind of use. */
	private static List<TableUse> tableUses(Set<String> tables) throws IOException {
		List<TableUse> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(MAIN_JAVA)) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Path relative = MAIN_JAVA.relativize(source);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				for (String sql : stringsIn(Files.readString(source))) {
					collect(found, module, source, sql, WRITES, true, tables);
					collect(found, module, source, sql, List.of(READS), false, tables);
				}
			}
		}
		return found;
	}

	private static void collect(List<TableUse> found, String module, Path source, String sql, List<Pattern> patterns,
			boolean write, Set<String> tables) {
		for (Pattern pattern : patterns) {
			Matcher matcher = pattern.matcher(sql);
			while (matcher.find()) {
				if (tables.contains(matcher.group(1))) {
					found.add(new TableUse(module, matcher.group(1), write, source.getFileName().toString()));
				}
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
