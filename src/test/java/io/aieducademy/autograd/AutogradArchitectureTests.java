package io.aieducademy.autograd;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine uses the JDK only, and the web layer depends on it, never the other way
 * round.
 */
class AutogradArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.aieducademy.autograd");

	@Test
	void engineDependsOnTheJdkOnly() {
		classes().that()
			.resideInAPackage("io.aieducademy.autograd")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.aieducademy.autograd", "java..", "org.jspecify.annotations")
			.check(CLASSES);
	}

	@Test
	void engineDoesNotKnowTheWebLayer() {
		noClasses().that()
			.resideInAPackage("io.aieducademy.autograd")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.aieducademy.autograd.web..")
			.check(CLASSES);
	}

}
