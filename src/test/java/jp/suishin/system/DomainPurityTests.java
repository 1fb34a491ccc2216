package jp.suishin.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The domain (the base package of each feature module) knows nothing of Spring, JDBC or
 * the web: only the {@code persistence} and {@code web} adapters and the wiring do.
 */
class DomainPurityTests {

	static final String[] DOMAIN = { "jp.suishin.account", "jp.suishin.access", "jp.suishin.collection",
			"jp.suishin.exchange", "jp.suishin.notation", "jp.suishin.organisation", "jp.suishin.plan",
			"jp.suishin.kpi", "jp.suishin.progress", "jp.suishin.report", "jp.suishin.jobs", "jp.suishin.authoring",
			"jp.suishin.organising", "jp.suishin.planimport", "jp.suishin.activity", "jp.suishin.edition",
			// issue 14
			"jp.suishin.logicmodel", "jp.suishin.verification", "jp.suishin.calendar", "jp.suishin.meeting",
			"jp.suishin.document",
			// issue 14 evaluation
			"jp.suishin.evaluation",
			// issue 15
			"jp.suishin.linkage",
			// issue 14 donation
			"jp.suishin.donation" };

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.suishin");

	@Test
	void domainDoesNotDependOnSpring() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..", "tools.jackson..");
		rule.check(CLASSES);
	}

	@Test
	void domainDoesNotTouchSql() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..");
		rule.check(CLASSES);
	}

	@Test
	void onlyPersistenceAdaptersWriteSql() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackages("..persistence..", "jp.suishin.storage..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");
		rule.check(CLASSES);
	}

}
