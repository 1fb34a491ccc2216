package jp.suishin.evaluation;

import java.math.BigDecimal;
import java.util.List;

import jp.suishin.notation.QuantityFormat;
import jp.suishin.notation.Unit;

/**
 * What a sheet says, checked: its fields (目的, 対象, 手段, 意図, each {@code null} when not
 * written), the department in charge, the indicators (KPI ids of the plan) and the typed
 * part of the cost, in the sheet's unit (寄附金 is never typed: it comes from the donations
 * designated to the program).
 */
public record SheetContent(String purpose, String target, String means, String intent, long departmentId,
		List<Long> activityKpiIds, List<Long> outcomeKpiIds, Unit unit, BigDecimal programCost, BigDecimal generalFund,
		BigDecimal nationalGrant, BigDecimal other, BigDecimal staffYears) {

	public SheetContent {
		activityKpiIds = List.copyOf(activityKpiIds);
		outcomeKpiIds = List.copyOf(outcomeKpiIds);
	}

	/** A sheet just opened: a department in charge and nothing else yet. */
	public static SheetContent opened(long departmentId, Unit unit) {
		return new SheetContent(null, null, null, null, departmentId, List.of(), List.of(), unit, null, null, null,
				null, null);
	}

	/** For the audit trail. */
	public String described() {
		return String.join(" / ", "目的=" + orDash(purpose), "対象=" + orDash(target), "手段=" + orDash(means),
				"意図=" + orDash(intent), "担当課=" + departmentId, "活動指標=" + activityKpiIds, "成果指標=" + outcomeKpiIds,
				"事業費=" + money(programCost), "一般財源=" + money(generalFund), "国庫支出金等=" + money(nationalGrant),
				"その他=" + money(other), "人工=" + (staffYears == null ? "－" : QuantityFormat.number(staffYears)));
	}

	private String money(BigDecimal amount) {
		return amount == null ? "－" : QuantityFormat.format(amount, unit);
	}

	private static String orDash(String text) {
		return text == null ? "－" : text;
	}

}
