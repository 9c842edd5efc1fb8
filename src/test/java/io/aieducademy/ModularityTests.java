package io.aieducademy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules, one per feature package: Spring Modulith checks that no
 * module reaches into another's internals, that there are no cycles and that each module
 * uses only the modules it declares; then it writes the module diagrams and canvases into
 * docs/modules, which docs/architecture.md shows.
 */
class ModularityTests {

	private static final Path DOCS = Path.of("docs/modules");

	private static final ApplicationModules MODULES = ApplicationModules.of(AiEducademyApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * The engine's package cannot declare its dependencies (that would take Spring
	 * Modulith's annotation into a package that uses the JDK only), so this says them:
	 * the autograd module, web layer included, uses no other module but the rate limits,
	 * which use the JDK and the servlet API only ({@link ArchitectureTests}), and the
	 * JSON rules (how every API words a problem), which use no module.
	 */
	@Test
	void theEngineAndItsWebLayerUseNoOtherModuleButTheRateLimitsAndTheJsonRules() {
		assertThat(MODULES.getModuleByName("autograd")
			.orElseThrow()
			.getDirectDependencies(MODULES)
			.uniqueModules()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)).isSubsetOf("ratelimit", "json");
	}

	@Test
	void writesTheModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults());
		// The diagrams list their arrows in no fixed order; sorted, an unchanged
		// structure leaves the files unchanged.
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
				List<String> arrows = lines.stream().filter((line) -> line.startsWith("Rel(")).sorted().toList();
				int next = 0;
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).startsWith("Rel(")) {
						lines.set(i, arrows.get(next++));
					}
				}
				Files.write(diagram, lines);
			}
		}
		assertThat(DOCS.resolve("components.puml")).exists();
	}

}
