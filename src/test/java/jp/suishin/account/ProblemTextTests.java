package jp.suishin.account;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * The account pages, the administration and the {@code create-admin} command turn
 * problems into text through the one helper, {@code ProblemMessages}, never by reading
 * the message bundles themselves.
 */
class ProblemTextTests {

	static final JavaClasses ACCOUNT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.suishin.account");

	@Test
	void noAccountClassReadsTheMessageBundles() {
		noClasses().should().dependOnClassesThat().areAssignableTo(MessageSource.class).check(ACCOUNT);
	}

}
