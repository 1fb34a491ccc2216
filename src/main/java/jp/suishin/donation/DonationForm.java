package jp.suishin.donation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.suishin.notation.FiscalPeriod;
import jp.suishin.notation.ParsedValue;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;
import jp.suishin.notation.ValueNotation;
import jp.suishin.plan.DonationBudget;
import jp.suishin.refusal.FieldProblem;

/**
 * A donation as a planner, the API or the sample data writes it: the donor, the day
 * received ({@link ReceiptDate}), the amount as written ({@code 1,000}, {@code 1,000千円},
 * {@code 100万円}, full-width digits; read by {@link ValueNotation} in the unit of the
 * plan's budget guide), the designated program's id (blank for none), and the flags.
 */
public record DonationForm(String donor, String receivedOn, String amount, String programId, boolean anonymous,
		boolean example) {

	public static final int DONOR_MAX_LENGTH = 200;

	/**
	 * The content, or {@code null} after adding the problems, each naming its field
	 * ({@code donor}, {@code receivedOn}, {@code amount}, {@code programId}).
	 * @param programs the ids of the plan's programs
	 * @param today the installation's today: a donation is not received in the future
	 */
	DonationContent checked(DonationBudget budget, Set<Long> programs, LocalDate today, List<FieldProblem> problems) {
		int before = problems.size();
		String checkedDonor = donor == null ? "" : donor.strip();
		if (checkedDonor.isEmpty()) {
			problems.add(FieldProblem.of("donor", "donation.donor.required"));
		}
		else if (checkedDonor.length() > DONOR_MAX_LENGTH) {
			problems.add(FieldProblem.of("donor", "donation.text.too-long", DONOR_MAX_LENGTH));
		}
		LocalDate day = ReceiptDate.read(receivedOn).collect("receivedOn", problems);
		if (day != null) {
			FiscalPeriod period = budget.period();
			if (!period.contains(DonationContent.fiscalYearOf(day))) {
				problems.add(FieldProblem.of("receivedOn", "donation.receivedOn.outside-period", day.toString(),
						period.from().japaneseLabel(), period.to().japaneseLabel(),
						LocalDate.of(period.from().value(), 4, 1).toString(),
						LocalDate.of(period.to().value() + 1, 3, 31).toString(), period.from().value(),
						period.to().value()));
			}
			else if (day.isAfter(today)) {
				problems.add(FieldProblem.of("receivedOn", "donation.receivedOn.future", day.toString()));
			}
		}
		Unit unit = budget.unit();
		BigDecimal checkedAmount = ValueNotation.amount(amount, unit).collect("amount", problems);
		if (checkedAmount != null && ValueNotation.parse(amount, unit) instanceof ParsedValue.Amount read
				&& read.approximate()) {
			// a sum received is exact: 約1,000 is no amount to add up
			problems.add(FieldProblem.of("amount", "donation.amount.exact", amount.strip()));
			checkedAmount = null;
		}
		else if (checkedAmount != null && checkedAmount.signum() <= 0) {
			problems
				.add(FieldProblem.of("amount", "donation.amount.positive", QuantityFormat.format(checkedAmount, unit)));
			checkedAmount = null;
		}
		Long program = null;
		if (programId != null && !programId.isBlank()) {
			String id = programId.strip();
			if (id.chars().allMatch(Character::isDigit) && id.length() <= 18 && programs.contains(Long.parseLong(id))) {
				program = Long.parseLong(id);
			}
			else {
				problems.add(FieldProblem.of("programId", "donation.program.unknown", id));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new DonationContent(checkedDonor, day, checkedAmount, unit, program, anonymous, example);
	}

}
