package jp.suishin.organising.persistence;

import jp.suishin.audit.AuditTrail;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRegister;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.organising.FormingCollaboration;
import jp.suishin.organising.ImportingLocalGovernments;
import jp.suishin.organising.ManagingDepartments;
import jp.suishin.organising.RegisteringOrganisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the organisation administration's use cases, which know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class OrganisingConfiguration {

	@Bean
	RegisteringOrganisation registeringOrganisation(OrganisationRepository organisations, OrganisationRegister register,
			AuditTrail audit, InOneTransaction work) {
		return new RegisteringOrganisation(organisations, register, audit, work);
	}

	@Bean
	ManagingDepartments managingDepartments(OrganisationRepository organisations, DepartmentRepository departments,
			OrganisationRegister register, AuditTrail audit, InOneTransaction work) {
		return new ManagingDepartments(organisations, departments, register, audit, work);
	}

	@Bean
	FormingCollaboration formingCollaboration(OrganisationRepository organisations, OrganisationRegister register,
			AuditTrail audit, InOneTransaction work) {
		return new FormingCollaboration(organisations, register, audit, work);
	}

	@Bean
	ImportingLocalGovernments importingLocalGovernments(OrganisationRepository organisations,
			OrganisationRegister register, AuditTrail audit, InOneTransaction work) {
		return new ImportingLocalGovernments(organisations, register, audit, work);
	}

}
