package jp.suishin.edition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import jp.suishin.notation.FiscalYear;

/**
 * Where editions, their documents and their files are kept. Append-only: an edition and
 * its files are written once; only {@link #supersede} marks an earlier one afterwards.
 */
public interface EditionRepository {

	/**
	 * An edition about to be published, before its document is marked and rendered.
	 */
	record NewEdition(long planId, long ownerId, FiscalYear dataYear, int number, String label,
			java.time.LocalDate publishedOn, String publishedBy, String correctionNote, Long supersedes,
			int formatVersion) {
	}

	/** Adds the edition's row and returns its id (its stable URL). */
	long add(NewEdition edition);

	/** Stores the edition's marked document and its rendered files, once. */
	void complete(long editionId, ReportDocument document, List<RenderedFile> files);

	/** The earlier edition of a year is superseded by a correction. */
	void supersede(long earlierId, long laterId);

	Optional<Edition> findById(long id);

	/** The editions of a plan's year, first edition first. */
	List<Edition> ofPlanYear(long planId, FiscalYear dataYear);

	/** A plan's editions, newest data year first, then newest number first. */
	List<Edition> ofPlan(long planId);

	/** The editions of an organisation's plans, as {@link #ofPlan} orders them. */
	List<Edition> ofOwner(long ownerId);

	/** Every edition, for the catalogue. */
	List<Edition> all();

	/** The document as published. */
	Optional<ReportDocument> document(long editionId);

	/** The files of many editions, in the order they were stored. */
	Map<Long, List<EditionFile>> filesOf(Collection<Long> editionIds);

	Optional<StoredFile> file(long editionId, String name);

	/**
	 * What changes with every publication (a new edition, a superseded one): the stamp of
	 * the pages that list editions.
	 */
	String stamp();

}
