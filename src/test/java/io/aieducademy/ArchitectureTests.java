package io.aieducademy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package rules: features depend inwards (quiz on the catalogue and progress,
 * the catalogue on progress and the engine), and the autograd engine depends on the JDK
 * only.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.aieducademy");

	@Test
	void autogradEngineUsesTheJdkOnly() {
		classes().that()
			.resideInAPackage("io.aieducademy.autograd")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.autograd", "java..", "org.jspecify.annotations..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void catalogueUsesOnlyProgressAndTheEngine() {
		noClasses().that()
			.resideInAPackage("io.aieducademy.catalogue..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.quiz..", "io.aieducademy.lab..", "io.aieducademy.system..",
					"io.aieducademy.autograd.web..")
			.check(CLASSES);
	}

	@Test
	void progressDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("io.aieducademy.progress..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.catalogue..", "io.aieducademy.quiz..", "io.aieducademy.lab..",
					"io.aieducademy.autograd..", "io.aieducademy.system..")
			.check(CLASSES);
	}

	@Test
	void systemDependsOnTheCatalogueAtMost() {
		noClasses().that()
			.resideInAPackage("io.aieducademy.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.progress..", "io.aieducademy.quiz..", "io.aieducademy.lab..",
					"io.aieducademy.autograd..")
			.check(CLASSES);
	}

	@Test
	void theEngineIsNotUsedThroughItsWebLayer() {
		noClasses().that()
			.resideInAnyPackage("io.aieducademy.catalogue..", "io.aieducademy.progress..", "io.aieducademy.quiz..",
					"io.aieducademy.autograd")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.autograd.web..", "io.aieducademy.lab..")
			.check(CLASSES);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("io.aieducademy.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
