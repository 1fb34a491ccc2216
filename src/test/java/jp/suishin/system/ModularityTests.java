package jp.suishin.system;

import jp.suishin.SuishinApplication;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every direct sub-package of {@code jp.suishin} is a module: no cycles between modules,
 * no reaching into another module's sub-packages (its persistence or web adapters). Also
 * writes the module diagram to target/spring-modulith-docs.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SuishinApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
