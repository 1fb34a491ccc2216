package jp.suishin.donation.persistence;

import java.time.Clock;

import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.donation.DonationLedger;
import jp.suishin.evaluation.DonationsDesignated;
import jp.suishin.donation.DonationRecords;
import jp.suishin.donation.RecordingDonations;
import jp.suishin.donation.ReportedDonations;
import jp.suishin.kpi.InOneTransaction;
import jp.suishin.plan.PlanRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the donation use cases and queries, which know nothing of Spring, to their
 * storage; {@link ReportedDonations} is the document module's {@code DonationReports}.
 */
@Configuration(proxyBeanMethods = false)
class DonationConfiguration {

	@Bean
	RecordingDonations recordingDonations(DonationRecords records, PlanRepository plans, PlanPlanners planners,
			AuditTrail audit, InOneTransaction work, Clock clock) {
		return new RecordingDonations(records, plans, planners, audit, work, clock);
	}

	@Bean
	DonationLedger donationLedger(DonationRecords records, PlanRepository plans) {
		return new DonationLedger(records, plans);
	}

	/**
	 * The donations designated to a program in a year, as the 寄附金 of its evaluation
	 * sheet's 財源内訳: the ledger's one sum, so the sheet and the donation pages never
	 * disagree.
	 */
	@Bean
	DonationsDesignated donationsDesignated(DonationLedger ledger) {
		return ledger::designatedTo;
	}

	@Bean
	ReportedDonations reportedDonations(DonationLedger ledger) {
		return new ReportedDonations(ledger);
	}

}
