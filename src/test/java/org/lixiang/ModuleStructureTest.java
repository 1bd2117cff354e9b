package org.lixiang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages' dependency rules (README, architecture). */
class ModuleStructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lixiang");

    @Test
    void featuresFormNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(LixiangApplication.class).verify();
    }

    @Test
    void onlyTheWorkflowFeatureTouchesFlowable() {
        noClasses().that().resideOutsideOfPackage("org.lixiang.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .check(CLASSES);
    }

    @Test
    void screensTalkToServicesNotToRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }
}
