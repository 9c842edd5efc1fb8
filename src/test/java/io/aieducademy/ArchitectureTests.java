package io.aieducademy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package rules of ARCHITECTURE.md: features depend inwards, and the autograd
 * engine depends on the JDK only.
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
	void contentKnowsNothingOfTheWebOrOfLearners() {
		noClasses().that()
			.resideInAPackage("io.aieducademy.content..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.ui..",
					"io.aieducademy.progress..", "io.aieducademy.quiz..", "io.aieducademy.lesson..",
					"io.aieducademy.lab..", "io.aieducademy.autograd..", "io.aieducademy.system..")
			.check(CLASSES);
	}

	@Test
	void progressDependsOnNoOtherFeature() {
		noClasses().that()
			.resideInAPackage("io.aieducademy.progress..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.content..", "io.aieducademy.quiz..", "io.aieducademy.lesson..",
					"io.aieducademy.lab..", "io.aieducademy.autograd..", "io.aieducademy.system..")
			.check(CLASSES);
	}

	@Test
	void systemDependsOnContentAtMost() {
		noClasses().that()
			.resideInAPackage("io.aieducademy.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.progress..", "io.aieducademy.quiz..", "io.aieducademy.lesson..",
					"io.aieducademy.lab..", "io.aieducademy.autograd..")
			.check(CLASSES);
	}

	@Test
	void webPagesAndApisAreNotUsedByTheFeaturesTheyServe() {
		noClasses().that()
			.resideInAnyPackage("io.aieducademy.content..", "io.aieducademy.progress..", "io.aieducademy.autograd")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.autograd.web..", "io.aieducademy.lab..", "io.aieducademy.lesson..")
			.check(CLASSES);
	}

	@Test
	void featuresHaveNoCycles() {
		slices().matching("io.aieducademy.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
