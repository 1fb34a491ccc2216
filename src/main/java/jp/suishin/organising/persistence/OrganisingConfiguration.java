package jp.suishin.organising.persistence;

import jp.suishin.audit.AuditTrail;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organising.FormingCollaboration;
import jp.suishin.organising.ImportingLocalGovernments;
import jp.suishin.organising.ManagingDepartments;
import jp.suishin.organising.RegisteringOrganisation;
import jp.suishin.organising.Transactions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the organisation administration's use cases, which know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class OrganisingConfiguration {

	@Bean
	Transactions organisingTransactions(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		return new Transactions() {
			@Override
			public <T> T run(java.util.function.Supplier<T> work) {
				return template.execute(status -> work.get());
			}
		};
	}

	@Bean
	RegisteringOrganisation registeringOrganisation(OrganisationRepository organisations, OrganisationRegister register,
			AuditTrail audit, Transactions organisingTransactions) {
		return new RegisteringOrganisation(organisations, register, audit, organisingTransactions);
	}

	@Bean
	ManagingDepartments managingDepartments(OrganisationRepository organisations, DepartmentRepository departments,
			OrganisationRegister register, AuditTrail audit, Transactions organisingTransactions) {
		return new ManagingDepartments(organisations, departments, register, audit, organisingTransactions);
	}

	@Bean
	FormingCollaboration formingCollaboration(OrganisationRepository organisations, OrganisationRegister register,
			AuditTrail audit, Transactions organisingTransactions) {
		return new FormingCollaboration(organisations, register, audit, organisingTransactions);
	}

	@Bean
	ImportingLocalGovernments importingLocalGovernments(OrganisationRepository organisations,
			OrganisationRegister register, AuditTrail audit, Transactions organisingTransactions) {
		return new ImportingLocalGovernments(organisations, register, audit, organisingTransactions);
	}

}
