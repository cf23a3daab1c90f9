package org.referout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The clinical rules are plain Java: they depend on the JDK and on themselves only (conventions). */
class ClinicalIsPlainJavaTests {

    @Test
    void clinicalDependsOnTheJdkOnly() {
        JavaClasses clinical = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.referout.clinical");
        // package-info carries the module's declaration for Spring Modulith (allowedDependencies = {}): metadata
        // about the package, not code the rules run, so it may name Modulith's annotation
        classes().that().doNotHaveSimpleName("package-info").should().onlyDependOnClassesThat().resideInAnyPackage("org.referout.clinical..", "java..")
                .check(clinical);
    }
}
