package org.referout;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The architecture in two tests: modules form a DAG and use only each other's APIs; diagrams are written. */
@Tag("slow")
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ReferOutApplication.class);

    @Test
    void modulesFormADagAndRespectTheirApis() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
