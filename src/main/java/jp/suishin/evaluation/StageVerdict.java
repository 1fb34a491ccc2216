package jp.suishin.evaluation;

/** What one stage of a sheet concluded: 必要性, 有効性, 効率性, 今後の方向性 and why. */
public record StageVerdict(Rating necessity, Rating effectiveness, Rating efficiency, FutureDirection direction,
		String reason, String comment) {

	/** For the audit trail. */
	public String described() {
		return "必要性=" + necessity.value() + " 有効性=" + effectiveness.value() + " 効率性=" + efficiency.value() + " 方向性="
				+ direction.japanese() + " 理由=" + reason + (comment == null ? "" : " コメント=" + comment);
	}

}
