package jp.suishin.collection.persistence;

import java.time.Clock;

import jp.suishin.access.AccessPolicy;
import jp.suishin.account.AccountRepository;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionQuery;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.collection.Mailer;
import jp.suishin.collection.Publication;
import jp.suishin.collection.UnitOfWork;
import jp.suishin.collection.SheetReader;
import jp.suishin.collection.UploadingValues;
import jp.suishin.collection.ValueEntryGate;
import jp.suishin.kpi.LockedYears;
import jp.suishin.collection.CollectionLockedYears;
import jp.suishin.kpi.RecordingActualValue;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.organisation.DepartmentRepository;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the collection use cases, which know nothing of Spring, to their adapters. */
@Configuration(proxyBeanMethods = false)
class CollectionConfiguration {

	@Bean
	UnitOfWork unitOfWork(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		return new UnitOfWork() {
			@Override
			public <T> T run(java.util.function.Supplier<T> work) {
				return template.execute(status -> work.get());
			}

			@Override
			public void afterCommit(Runnable task) {
				if (!TransactionSynchronizationManager.isSynchronizationActive()) {
					task.run();
					return;
				}
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						task.run();
					}
				});
			}
		};
	}

	@Bean
	CollectingValues collectingValues(CollectionRepository collections, KpiRepository kpis, PlanRepository plans,
			DepartmentRepository departments, AccountRepository accounts, AccessPolicy access, AuditTrail audit,
			Mailer mailer, Clock clock, UnitOfWork work) {
		return new CollectingValues(collections, kpis, plans, departments, accounts, access, audit, mailer, clock,
				work);
	}

	@Bean
	CollectionQuery collectionQuery(CollectionRepository collections, KpiRepository kpis, PlanRepository plans,
			DepartmentRepository departments, OrganisationRepository organisations, AccessPolicy access, Clock clock) {
		return new CollectionQuery(collections, kpis, plans, departments, organisations, access, clock);
	}

	@Bean
	LockedYears lockedYears(CollectionRepository collections, KpiRepository kpis) {
		return new CollectionLockedYears(collections, kpis);
	}

	@Bean
	ValueEntryGate valueEntryGate(KpiRepository kpis, PlanRepository plans, CollectionRepository collections,
			AccessPolicy access, RecordingActualValue recording, ImportingValues importing, UnitOfWork work) {
		return new ValueEntryGate(kpis, plans, collections, access, recording, importing, work);
	}

	@Bean
	UploadingValues uploadingValues(CollectionRepository collections, KpiRepository kpis, PlanRepository plans,
			AccessPolicy access, ValueEntryGate gate, SheetReader sheets, UnitOfWork work) {
		return new UploadingValues(collections, kpis, plans, access, gate, sheets, work);
	}

	@Bean
	Publication publication(CollectionRepository collections, PlanRepository plans, KpiRepository kpis,
			AccessPolicy access) {
		return new Publication(collections, plans, kpis, access);
	}

}
