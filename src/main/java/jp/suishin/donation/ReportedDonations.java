package jp.suishin.donation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jp.suishin.account.Viewer;
import jp.suishin.document.DonationReports;
import jp.suishin.document.YearReview;
import jp.suishin.notation.FiscalYear;
import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/**
 * The donations part of a plan's year in its documents: the guide, each year's total from
 * the start of the period to the data year with the cumulative total, the share of the
 * guide reached, and the donations of the data year. Donations are public, so every
 * viewer reads the same; an anonymous donor's name is never given. {@code examples} is
 * set when any donation counted is a sample-data example, so that a document built on
 * sample data says so.
 */
public final class ReportedDonations implements DonationReports {

	private final DonationLedger ledger;

	public ReportedDonations(DonationLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public Optional<YearReview.Donations> of(Viewer viewer, long planId, FiscalYear year) {
		return ledger.of(planId).map(l -> donations(l, year));
	}

	static YearReview.Donations donations(DonationLedger.Ledger ledger, FiscalYear year) {
		DonationTotals totals = DonationTotals.of(ledger.budget(), ledger.donations(), year);
		Unit unit = ledger.budget().unit();
		List<YearReview.YearTotal> years = totals.years()
			.stream()
			.map(y -> new YearReview.YearTotal(y.year().value(), y.year().eraLabel(), money(y.total(), unit),
					money(y.cumulative(), unit)))
			.toList();
		List<YearReview.DonationLine> lines = ledger.donations()
			.stream()
			.filter(d -> d.year().equals(year))
			.map(d -> new YearReview.DonationLine(d.publicDonor(), d.receivedOn(), money(d.amount(), d.unit()),
					d.programName(), d.example()))
			.toList();
		FiscalYear from = ledger.budget().period().from();
		FiscalYear to = ledger.budget().period().to();
		return new YearReview.Donations(unit.text(), money(ledger.budget().amount(), unit), from.value(), to.value(),
				from.japaneseLabel() + "～" + to.japaneseLabel(), years, money(totals.cumulative(), unit),
				totals.share(), totals.shareText(), lines,
				totals.examples() || lines.stream().anyMatch(YearReview.DonationLine::example));
	}

	private static YearReview.Money money(BigDecimal amount, Unit unit) {
		return new YearReview.Money(amount, QuantityFormat.format(amount, unit));
	}

}
