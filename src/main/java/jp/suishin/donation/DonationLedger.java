package jp.suishin.donation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.Unit;
import jp.suishin.plan.DonationBudget;
import jp.suishin.plan.Plan;
import jp.suishin.plan.PlanRepository;

/**
 * Reads a plan's donations with their totals, for the pages, the API and the documents,
 * and the sum designated to a program in a year (the 寄附金 of its evaluation sheet's 財源内訳).
 */
public final class DonationLedger {

	private final DonationRecords records;

	private final PlanRepository plans;

	public DonationLedger(DonationRecords records, PlanRepository plans) {
		this.records = records;
		this.plans = plans;
	}

	/**
	 * A plan's budget guide with every donation received and the totals over the guide's
	 * period.
	 *
	 * @param donations by the day received
	 */
	public record Ledger(Plan plan, DonationBudget budget, List<Donation> donations, DonationTotals totals) {

		public Ledger {
			donations = List.copyOf(donations);
		}

		/**
		 * The names of the donors who may be named, each once, in the order they first
		 * gave.
		 */
		public List<String> namedDonors() {
			return donations.stream().map(Donation::publicDonor).filter(d -> d != null).distinct().toList();
		}

		public boolean examples() {
			return donations.stream().anyMatch(Donation::example);
		}

		/** The donations of each year of the period that has any, newest year first. */
		public Map<FiscalYear, List<Donation>> byYear() {
			Map<FiscalYear, List<Donation>> byYear = new LinkedHashMap<>();
			List<DonationTotals.YearTotal> years = new ArrayList<>(totals.years());
			Collections.reverse(years);
			for (DonationTotals.YearTotal year : years) {
				List<Donation> ofYear = donations.stream().filter(d -> d.year().equals(year.year())).toList();
				if (!ofYear.isEmpty()) {
					byYear.put(year.year(), ofYear);
				}
			}
			return byYear;
		}

	}

	/**
	 * Empty when there is no such plan or it has no budget guide. Read with the same
	 * statements whatever the plan, so that a report's draft reads as many for a plan
	 * with donations as for one without (the drafting's bound on statements).
	 */
	public Optional<Ledger> of(long planId) {
		List<Donation> donations = records.ofPlan(planId);
		Optional<Plan> plan = plans.findById(planId).filter(p -> p.donationBudget() != null);
		if (plan.isEmpty()) {
			return Optional.empty();
		}
		DonationBudget budget = plan.get().donationBudget();
		return Optional.of(new Ledger(plan.get(), budget, donations, DonationTotals.of(budget, donations)));
	}

	/**
	 * The donations designated to a program received in a fiscal year, in a unit of money
	 * (千円 or 円); zero when there are none.
	 */
	public BigDecimal designatedTo(long programId, FiscalYear year, Unit unit) {
		return DonationTotals.sum(records.designatedTo(programId, year), unit);
	}

}
