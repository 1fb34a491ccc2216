package jp.suishin.organising;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The organisation administration's use cases know nothing of Spring, the web or SQL, as
 * the other modules' domains (the system's DomainPurityTests does not list this module).
 */
class OrganisingPurityTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.suishin.organising");

	@Test
	void theUseCasesDependOnNoFrameworkAndNoSql() {
		noClasses().that()
			.resideInAPackage("jp.suishin.organising")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..")
			.check(CLASSES);
	}

}
