package jp.suishin.donation.web;

import java.util.ArrayList;
import java.util.List;

import jp.suishin.donation.Donation;
import jp.suishin.donation.DonationLedger;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.plan.PlanNode;
import jp.suishin.plan.PlanTree;
import jp.suishin.plan.Program;

/**
 * What a plan's donations pages show: the ledger (guide, totals per year, cumulative
 * total, share, every donation) and, for the planners' page, the programs a donation may
 * be designated to.
 */
record DonationsPage(DonationLedger.Ledger ledger, List<ProgramChoice> programs) {

	/**
	 * A donation with what its edit form shows before anything is typed: the day as a
	 * date field writes it, the amount in the guide's unit without the unit, the
	 * program's id.
	 */
	record EditRow(Donation donation, String day, String amount, String programId) {
	}

	public List<EditRow> rows() {
		return ledger.donations()
			.stream()
			.map(d -> new EditRow(d, d.receivedOn().toString(),
					QuantityFormat.number(d.amountIn(ledger.budget().unit())), programValue(d)))
			.toList();
	}

	/** A program as the designation's list offers it: 基本目標１ › 農業ＤＸ推進事業. */
	record ProgramChoice(long id, String label) {
	}

	static DonationsPage of(DonationLedger.Ledger ledger) {
		return new DonationsPage(ledger, List.of());
	}

	static DonationsPage of(DonationLedger.Ledger ledger, PlanTree tree) {
		List<ProgramChoice> programs = new ArrayList<>();
		for (PlanNode node : tree.inReadingOrder()) {
			for (Program program : tree.programs(node.id())) {
				programs.add(new ProgramChoice(program.id(), node.label() + " › " + program.name()));
			}
		}
		return new DonationsPage(ledger, programs);
	}

	/** What the form of a donation shows before anything is typed: the stored values. */
	static String programValue(Donation donation) {
		return donation.programId() == null ? "" : String.valueOf(donation.programId());
	}

}
