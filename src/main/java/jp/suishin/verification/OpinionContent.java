package jp.suishin.verification;

import java.time.LocalDate;

/** An opinion as checked, ready to be stored. */
public record OpinionContent(OpinionSubject subject, String expert, LocalDate givenOn, String text) {

	String described() {
		return described(subject, expert, givenOn, text);
	}

	static String described(OpinionSubject subject, String expert, LocalDate givenOn, String text) {
		return subject.written() + " " + expert + " " + givenOn + ": " + text;
	}

}
