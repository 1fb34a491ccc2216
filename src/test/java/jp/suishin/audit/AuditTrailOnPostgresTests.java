package jp.suishin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.OnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulk import's entries go to PostgreSQL by COPY (a batch of a thousand or more): each
 * reads back exactly as one recorded alone, with the characters COPY's text format
 * escapes, nulls, and texts cut to their columns' sizes.
 */
@SpringBootTest
@DirtiesContext
@OnPostgres
class AuditTrailOnPostgresTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aBatchByCopyReadsBackAsEntriesRecordedOneByOne() {
		String awkward = "tab\there, new\nline, back\\slash, 改行\r\n、▲1,234";
		String long8000 = "長".repeat(9000);
		List<AuditTrail.Change> changes = new ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			changes.add(new AuditTrail.Change("importer\t" + i, AuditSubject.account(900_000L + i % 3),
					AuditAction.VALUE_SET, i % 2 == 0 ? null : "R" + i, i == 7 ? long8000 : awkward,
					i % 5 == 0 ? null : "after " + i, i == 9 ? "理由\\N" : null));
		}
		transactions.executeWithoutResult(status -> audit.recordAll(changes));
		transactions.executeWithoutResult(status -> audit.record("alone\t7", AuditSubject.account(900_100L),
				AuditAction.VALUE_SET, null, long8000, null, null));

		List<AuditEntry> first = audit.of(AuditSubject.account(900_000L));
		List<AuditEntry> second = audit.of(AuditSubject.account(900_001L));
		assertThat(first).hasSize(400);
		assertThat(second).hasSize(400);
		AuditEntry seventh = second.stream().filter(e -> e.actor().equals("importer\t7")).findFirst().orElseThrow();
		AuditEntry alone = audit.of(AuditSubject.account(900_100L)).get(0);
		assertThat(seventh.before()).isEqualTo(alone.before()).hasSize(8000).endsWith("…");
		assertThat(seventh.detail()).isEqualTo("R7");
		assertThat(seventh.after()).isEqualTo("after 7");
		AuditEntry zeroth = first.stream().filter(e -> e.actor().equals("importer\t0")).findFirst().orElseThrow();
		assertThat(zeroth.detail()).isNull();
		assertThat(zeroth.before()).isEqualTo(awkward);
		assertThat(zeroth.after()).isNull();
		assertThat(zeroth.reason()).isNull();
		AuditEntry ninth = audit.of(AuditSubject.account(900_000L))
			.stream()
			.filter(e -> e.actor().equals("importer\t9"))
			.findFirst()
			.orElseThrow();
		assertThat(ninth.reason()).isEqualTo("理由\\N");
		assertThat(ninth.action()).isEqualTo(AuditAction.VALUE_SET);
	}

}
