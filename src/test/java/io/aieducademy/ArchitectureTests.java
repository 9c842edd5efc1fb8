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

	private static final JavaClasses RATE_LIMITS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.aieducademy.ratelimit");

	@Test
	void autogradEngineUsesTheJdkOnly() {
		classes().that()
			.resideInAPackage("io.aieducademy.autograd")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.autograd", "java..", "org.jspecify.annotations..")
			.check(ENGINE);
	}

	/**
	 * The rate limits, which the engine's web layer uses, bring in nothing beyond the JDK
	 * and the servlet API.
	 */
	@Test
	void rateLimitsUseTheJdkAndTheServletApiOnly() {
		classes().that()
			.resideInAPackage("io.aieducademy.ratelimit")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.ratelimit", "java..", "jakarta.servlet..", "org.jspecify.annotations..",
					"org.springframework.modulith..")
			.check(RATE_LIMITS);
	}

}
