package jp.suishin.collection;

import java.time.Instant;
import java.time.LocalDate;

import jp.suishin.notation.FiscalYear;

/** One plan's collection of a fiscal year's values. */
public record Collection(long id, long planId, FiscalYear year, LocalDate deadline, CollectionState state,
		Instant openedAt, String openedBy) {

	public boolean overdueOn(LocalDate today) {
		return state == CollectionState.OPEN && today.isAfter(deadline);
	}

}
