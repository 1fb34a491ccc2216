package jp.suishin.report.web;

/** The value form on a KPI's page, every field as typed. */
public class ValueForm {

	private String year;

	private String value;

	private String status = "CONFIRMED";

	private String expectedMonth;

	private String note;

	private String source;

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getExpectedMonth() {
		return expectedMonth;
	}

	public void setExpectedMonth(String expectedMonth) {
		this.expectedMonth = expectedMonth;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
