package jp.suishin.donation;

import java.util.List;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;

/**
 * Where the donations are kept (V21's table). Implemented by the donation module's
 * persistence.
 */
public interface DonationRecords {

	Optional<Donation> donation(long donationId);

	/** A plan's donations, by the day received (then as recorded). */
	List<Donation> ofPlan(long planId);

	/** The donations designated to a program that were received in a fiscal year. */
	List<Donation> designatedTo(long programId, FiscalYear year);

	long add(long planId, DonationContent content, String actor);

	void update(long donationId, DonationContent content, String actor);

	void remove(long donationId);

}
