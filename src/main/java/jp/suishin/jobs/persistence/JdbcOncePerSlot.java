package jp.suishin.jobs.persistence;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.BooleanSupplier;

import jp.suishin.jobs.OncePerSlot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The slot is a row of {@code job_run} (primary key job and slot, V9): the INSERT and the
 * work share one transaction. A second node's INSERT of the same row waits until the
 * first commits (then the key is taken: skip) or rolls back (then it runs); on H2 it may
 * instead give up waiting for the lock, which also means that another run holds the slot.
 */
@Component
class JdbcOncePerSlot implements OncePerSlot {

	private static final Logger log = LoggerFactory.getLogger(JdbcOncePerSlot.class);

	/** Which node ran a slot, for whoever reads job_run: host and process id. */
	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	JdbcOncePerSlot(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public boolean run(String job, String slot, BooleanSupplier work) {
		Boolean ran = transactions.execute(status -> {
			if (!claim(job, slot) || !work.getAsBoolean()) {
				status.setRollbackOnly();
				return false;
			}
			return true;
		});
		return Boolean.TRUE.equals(ran);
	}

	private boolean claim(String job, String slot) {
		try {
			jdbc.sql("INSERT INTO job_run (job, slot, node, started_at) VALUES (:job, :slot, :node, :at)")
				.param("job", job)
				.param("slot", slot)
				.param("node", NODE)
				.param("at", Timestamp.from(clock.instant()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			log.debug("job {} slot {} already ran", job, slot);
			return false;
		}
		catch (PessimisticLockingFailureException ex) {
			log.debug("job {} slot {} is running elsewhere", job, slot);
			return false;
		}
	}

}
