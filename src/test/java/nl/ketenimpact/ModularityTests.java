package nl.ketenimpact;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries of DESIGN §3 hold, and the module documentation is generated from the code. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(KetenimpactApplication.class);

	@Test
	void modulesOnlyUseEachOthersApis() {
		MODULES.verify();
	}

	@Test
	void everyBoundedContextOfTheFoundationIsAModule() {
		assertThat(MODULES.stream().map(m -> m.getIdentifier().toString())).contains("organisation", "project", "shared", "web");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}
}
