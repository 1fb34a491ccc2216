package jp.suishin.donation.persistence;

import java.time.Clock;

import jp.suishin.audit.AuditTrail;
import jp.suishin.authoring.PlanPlanners;
import jp.suishin.donation.DonationLedger;
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

	@Bean
	ReportedDonations reportedDonations(DonationLedger ledger) {
		return new ReportedDonations(ledger);
	}

}
