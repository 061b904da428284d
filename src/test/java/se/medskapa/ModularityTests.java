package se.medskapa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules stay modules: no cycles, no reaching into another module's internals. */
class ModularityTests {

	/**
	 * The module order the application uses at run time, for the module-owned migrations
	 * (ADR 0009), so that no module scan runs at start. Regenerate after adding a module
	 * or changing dependencies between modules:
	 * <pre>./mvnw test -Dtest=ModularityTests -Dmodules.update=true</pre>
	 */
	static final Path MODULE_ORDER_FILE = Path
		.of("src/main/resources/META-INF/spring-modulith/application-modules.json");

	private final ApplicationModules modules = ApplicationModules.of(MedskapaApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		modules.verify();
	}

	/**
	 * The module diagrams (PlantUML) are written for the whole application and for each
	 * module, into a folder emptied first, so files of an earlier run cannot pass for
	 * them.
	 */
	@Test
	void shouldWriteModuleDocumentation() throws IOException {
		Path folder = Path.of("target", "spring-modulith-docs");
		FileSystemUtils.deleteRecursively(folder);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		for (ApplicationModule module : modules) {
			assertDiagram(folder.resolve("components.puml"), module.getDisplayName());
			assertDiagram(folder.resolve("module-" + module.getIdentifier() + ".puml"), module.getDisplayName());
		}
	}

	private static void assertDiagram(Path file, String mentioning) throws IOException {
		assertThat(file).as("module diagram").exists();
		assertThat(Files.readString(file)).as(file.toString()).startsWith("@startuml").contains(mentioning);
	}

	@Test
	void shouldKeepTheCommittedModuleOrderCurrent() throws IOException {
		String actual = modules.stream()
			.map(ModularityTests::moduleEntry)
			.collect(Collectors.joining(",\n", "{\n", "\n}\n"));
		if (Boolean.getBoolean("modules.update")) {
			Files.createDirectories(MODULE_ORDER_FILE.getParent());
			Files.writeString(MODULE_ORDER_FILE, actual, StandardCharsets.UTF_8);
		}
		assertThat(MODULE_ORDER_FILE).exists();
		assertThat(Files.readString(MODULE_ORDER_FILE, StandardCharsets.UTF_8))
			.as("The modules or their order changed. Regenerate %s with ./mvnw test -Dtest=ModularityTests "
					+ "-Dmodules.update=true and commit it.", MODULE_ORDER_FILE)
			.isEqualTo(actual);
	}

	private static String moduleEntry(ApplicationModule module) {
		return "  \"%s\" : { \"basePackage\" : \"%s\" }".formatted(module.getIdentifier(),
				module.getBasePackage().getName());
	}

}
