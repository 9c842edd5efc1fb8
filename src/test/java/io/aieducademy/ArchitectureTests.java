package io.aieducademy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The one package rule Spring Modulith cannot express (it checks the arrows between our
 * modules, see {@link ModularityTests}): the autograd engine uses the JDK only, so it can
 * be read, tested and benchmarked without Spring or Jackson.
 */
class ArchitectureTests {

	private static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.aieducademy.autograd");

	@Test
	void autogradEngineUsesTheJdkOnly() {
		classes().that()
			.resideInAPackage("io.aieducademy.autograd")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.autograd", "java..", "org.jspecify.annotations..")
			.check(ENGINE);
	}

}
