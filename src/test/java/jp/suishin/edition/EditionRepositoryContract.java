package jp.suishin.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jp.suishin.document.RenderedFile;
import jp.suishin.document.ReportDocument;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;
import jp.suishin.refusal.Refused;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The editions' storage, on each database: a document stored is read back equal to the
 * record that was stored, files come back byte for byte with their digest, and a
 * correction marks the earlier edition.
 */
abstract class EditionRepositoryContract {

	@Autowired
	EditionRepository editions;

	@Autowired
	PlanRepository plans;

	Plan plan() {
		return plans.findByKey("hokkaido-strategy-2015").orElseThrow();
	}

	long add(Plan plan, int year, int number, String note, Long supersedes) {
		return editions.add(new EditionRepository.NewEdition(plan.id(), plan.ownerId(), FiscalYear.of(year), number,
				"令和" + (year - 2017) + "年度版", LocalDate.of(year + 1, 9, 30), "contract", note, supersedes,
				ReportDocument.FORMAT_VERSION));
	}

	@Test
	void aStoredDocumentIsReadBackEqualToTheRecordThatWasStored() {
		Plan plan = plan();
		long id = add(plan, 2016, 1, null, null);
		ReportDocument document = Documents.sorachiFy2024(plan.id(), plan.ownerId())
			.asEdition(new ReportDocument.EditionMark(id, 1, "令和6年度版", LocalDate.of(2024, 9, 30), null));
		editions.complete(id, document, List.of());

		ReportDocument read = editions.document(id).orElseThrow();

		assertThat(read).isEqualTo(document);
		assertThat(read.kpiList().rows().get(0).values()).containsExactly(null,
				document.kpiList().rows().get(0).values().get(1));
		assertThat(read.kpiList().rows().get(0).progressRate()).isEqualByComparingTo("99.9");
	}

	@Test
	void filesComeBackByteForByteWithTheirDigest() {
		Plan plan = plan();
		long id = add(plan, 2017, 1, null, null);
		byte[] csv = "\uFEFF全国地方公共団体コード,値\n010006,1\n".getBytes(StandardCharsets.UTF_8);
		byte[] pdf = { '%', 'P', 'D', 'F', 0, (byte) 0xFF, 1 };
		editions.complete(id, Documents.sorachiFy2024(plan.id(), plan.ownerId()),
				List.of(new RenderedFile("report.pdf", "application/pdf", pdf),
						new RenderedFile("data-bom.csv", "text/csv;charset=UTF-8", csv)));

		assertThat(editions.file(id, "report.pdf").orElseThrow().bytes()).isEqualTo(pdf);
		StoredFile stored = editions.file(id, "data-bom.csv").orElseThrow();
		assertThat(stored.bytes()).isEqualTo(csv);
		assertThat(stored.file().contentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(stored.file().size()).isEqualTo(csv.length);
		assertThat(stored.file().sha256()).hasSize(64);
		assertThat(editions.filesOf(List.of(id)).get(id)).extracting(EditionFile::name)
			.containsExactly("report.pdf", "data-bom.csv");
		assertThat(editions.file(id, "other.pdf")).isEmpty();
	}

	@Test
	void aCorrectionSupersedesTheEarlierEditionAndMovesTheStamp() {
		Plan plan = plan();
		long first = add(plan, 2018, 1, null, null);
		editions.complete(first, Documents.sorachiFy2024(plan.id(), plan.ownerId()), List.of());
		String before = editions.stamp();
		long second = add(plan, 2018, 2, "移住相談件数の値を訂正", first);
		editions.complete(second, Documents.sorachiFy2024(plan.id(), plan.ownerId()), List.of());
		editions.supersede(first, second);

		assertThat(editions.stamp()).isNotEqualTo(before);
		assertThat(editions.findById(first).orElseThrow().supersededBy()).isEqualTo(second);
		Edition correction = editions.findById(second).orElseThrow();
		assertThat(correction.supersedes()).isEqualTo(first);
		assertThat(correction.correctionNote()).isEqualTo("移住相談件数の値を訂正");
		assertThat(editions.ofPlanYear(plan.id(), FiscalYear.of(2018))).extracting(Edition::number)
			.containsExactly(1, 2);
		assertThat(editions.ofOwner(plan.ownerId())).extracting(Edition::id).contains(first, second);
	}

	@Test
	void aYearHasOneEditionOfEachNumber_aSecondPublicationOfItIsRefused() {
		Plan plan = plan();
		add(plan, 2019, 1, null, null);
		assertThatThrownBy(() -> add(plan, 2019, 1, null, null)).isInstanceOf(Refused.class)
			.hasMessage("edition.publish.concurrent");
	}

	@Test
	void aCorrectionWithoutANoteIsNotStored() {
		Plan plan = plan();
		add(plan, 2020, 1, null, null);
		assertThatThrownBy(() -> add(plan, 2020, 2, null, null)).isInstanceOf(DataIntegrityViolationException.class);
	}

}
