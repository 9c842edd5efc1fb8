package io.aieducademy;

import org.junit.jupiter.api.Test;
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

	private static final ApplicationModules MODULES = ApplicationModules.of(AiEducademyApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void theEngineAndItsWebLayerUseNoOtherModule() {
		assertThat(MODULES.getModuleByName("autograd").orElseThrow().getDirectDependencies(MODULES).uniqueModules())
			.isEmpty();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults());
	}

}
