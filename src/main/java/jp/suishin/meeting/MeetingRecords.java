package jp.suishin.meeting;

import java.util.List;
import java.util.Optional;

/**
 * Where a plan's meetings are kept. Implemented by the meeting module's persistence.
 */
public interface MeetingRecords {

	Optional<Meeting> meeting(long meetingId);

	/** A plan's meetings by fiscal year, then in the order they were recorded. */
	List<Meeting> meetingsOf(long planId);

	long add(long planId, MeetingContent content, String actor);

	void update(long meetingId, MeetingContent content, String actor);

	/** Deletes the meeting with its attendees and its PDF. */
	void remove(long meetingId);

	/** Stores (or replaces) the PDF of the meeting's minutes. */
	void attach(long meetingId, PdfCheck.CheckedPdf pdf, String actor);

	void detach(long meetingId);

	/** The stored bytes of the meeting's PDF. */
	Optional<byte[]> attachmentBytes(long meetingId);

}
