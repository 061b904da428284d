package se.medskapa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules stay modules: no cycles, no reaching into another module's internals. */
class ModularityTests {

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

}
