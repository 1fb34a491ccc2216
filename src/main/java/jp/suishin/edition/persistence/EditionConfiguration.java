package jp.suishin.edition.persistence;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.suishin.access.AccessPolicy;
import jp.suishin.audit.AuditTrail;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.document.DraftingReport;
import jp.suishin.document.render.ReportHtml;
import jp.suishin.document.render.ReportPdf;
import jp.suishin.document.render.ReportWorkbook;
import jp.suishin.edition.EditionCatalogue;
import jp.suishin.edition.EditionRendering;
import jp.suishin.edition.EditionRepository;
import jp.suishin.edition.EditionWording;
import jp.suishin.edition.PublishingEdition;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.kpi.LockedYears;
import jp.suishin.opendata.OpenData;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.pagecache.CacheablePage;
import jp.suishin.plan.PlanRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the editions' use cases, which know nothing of Spring, to the repositories, the
 * drafting and the renderers (looked up when an edition is published, so that the modules
 * that provide them are wired on their own), and declares the public pages the cache may
 * keep.
 */
@Configuration(proxyBeanMethods = false)
class EditionConfiguration {

	@Bean
	EditionWording editionWording(MessageSource messages) {
		return (publicationYear, number) -> messages.getMessage(
				number == 1 ? "edition.label" : "edition.label.correction",
				new Object[] { publicationYear.japaneseLabel(), number, Integer.toString(publicationYear.value()) },
				Locale.JAPANESE);
	}

	/**
	 * The renderers, as the document module provides them (its own beans when it declares
	 * any, else the plain renderers: none of them needs more).
	 */
	@Bean
	EditionRendering editionRendering(ObjectProvider<ReportPdf> pdf, ObjectProvider<ReportWorkbook> workbook,
			ObjectProvider<ReportHtml> html, ObjectProvider<OpenData> openData) {
		return EditionRendering.of(pdf.getIfAvailable(ReportPdf::new), workbook.getIfAvailable(ReportWorkbook::new),
				html.getIfAvailable(ReportHtml::new), openData.getIfAvailable(OpenData::new));
	}

	@Bean
	PublishingEdition publishingEdition(PlanRepository plans, AccessPolicy access, CollectionRepository collections,
			LockedYears locked, EditionRepository editions, ObjectProvider<DraftingReport> drafting,
			EditionRendering rendering, EditionWording wording, AuditTrail audit, InOneTransaction work, Clock clock) {
		return new PublishingEdition(plans, access, collections, locked, editions,
				(viewer, planId, year) -> drafting.getObject().draft(viewer, planId, year), rendering, wording, audit,
				work, clock);
	}

	@Bean
	EditionCatalogue editionCatalogue(EditionRepository editions, PlanRepository plans,
			OrganisationRepository organisations, AccessPolicy access) {
		return new EditionCatalogue(editions, plans, organisations, access);
	}

	// The public pages of editions: an edition's page changes only when a correction
	// supersedes it; the lists change with every publication (and the plans' names).

	@Bean
	CacheablePage editionPage(EditionCatalogue catalogue) {
		return new CacheablePage("/editions/{id}", Map.of(),
				variables -> CacheablePage.number(variables.get("id")).flatMap(catalogue::stampOf));
	}

	@Bean
	CacheablePage editionFile(EditionCatalogue catalogue) {
		return new CacheablePage("/editions/{id}/files/{name}", Map.of(),
				variables -> CacheablePage.number(variables.get("id")).flatMap(catalogue::stampOf));
	}

	@Bean
	CacheablePage organisationEditions(EditionCatalogue catalogue, jp.suishin.storage.PlanVersions versions) {
		return new CacheablePage("/organisations/{id}/editions", Map.of(),
				variables -> Optional.of(versions.stampOfPlanList() + "|" + catalogue.stamp()));
	}

	@Bean
	CacheablePage planEditions(EditionCatalogue catalogue, jp.suishin.storage.PlanVersions versions) {
		// the plan's version and the editions' stamp: publishing moves the latter
		return new CacheablePage("/plans/{id}/editions", Map.of(),
				variables -> CacheablePage.number(variables.get("id"))
					.flatMap(versions::stampOf)
					.map(stamp -> stamp + "|" + catalogue.stamp()));
	}

	@Bean
	CacheablePage openDataCatalogue(EditionCatalogue catalogue, jp.suishin.storage.PlanVersions versions) {
		return new CacheablePage("/open-data", Map.of(),
				variables -> Optional.of(versions.stampOfPlanList() + "|" + catalogue.stamp()));
	}

	@Bean
	CacheablePage openDataCatalogueJson(EditionCatalogue catalogue, jp.suishin.storage.PlanVersions versions) {
		return new CacheablePage("/open-data/catalogue.json", Map.of(),
				variables -> Optional.of(versions.stampOfPlanList() + "|" + catalogue.stamp()));
	}

}
