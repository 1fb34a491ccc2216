package jp.suishin.meeting;

import java.time.Instant;
import java.util.Optional;

/**
 * A meeting as stored, with the PDF of its minutes when one is attached.
 */
public record Meeting(long id, long planId, MeetingContent content, Optional<Attachment> attachment) {

	/** The PDF of the minutes: its name as uploaded and its size. */
	public record Attachment(String fileName, int byteCount, Instant attachedAt) {
	}

}
