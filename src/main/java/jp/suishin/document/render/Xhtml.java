package jp.suishin.document.render;

/**
 * A small writer of XHTML (and inline SVG) that escapes every text and attribute, and
 * drops the characters XML 1.0 cannot hold (control characters a pasted text may carry),
 * so that the output is well-formed XML whatever a planner typed.
 */
final class Xhtml {

	private final StringBuilder out;

	Xhtml(int capacity) {
		this.out = new StringBuilder(capacity);
	}

	/**
	 * Opens an element; attributes as name, value pairs ({@code null} values skipped).
	 */
	Xhtml open(String name, String... attributes) {
		out.append('<').append(name);
		attributes(attributes);
		out.append('>');
		return this;
	}

	/** An empty element: {@code <col/>}. */
	Xhtml empty(String name, String... attributes) {
		out.append('<').append(name);
		attributes(attributes);
		out.append("/>");
		return this;
	}

	Xhtml close(String name) {
		out.append("</").append(name).append('>');
		return this;
	}

	/**
	 * An element with its text: {@code
	 *
	<th>指標</th>}.
	 */
	Xhtml element(String name, String text, String... attributes) {
		return open(name, attributes).text(text).close(name);
	}

	Xhtml text(String text) {
		escape(text, false);
		return this;
	}

	/**
	 * A text whose line breaks are kept ({@code <br/>
	 * } between its lines).
	 */
	Xhtml lines(String text) {
		if (text == null) {
			return this;
		}
		String[] lines = text.strip().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append("<br/>");
			}
			escape(lines[i], false);
		}
		return this;
	}

	/** Markup written as it is: only for constant text of the renderer's own. */
	Xhtml raw(String markup) {
		out.append(markup);
		return this;
	}

	private void attributes(String... attributes) {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				out.append(' ').append(attributes[i]).append("=\"");
				escape(attributes[i + 1], true);
				out.append('"');
			}
		}
	}

	private void escape(String text, boolean attribute) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append(attribute ? "&quot;" : "\"");
				case '\n', '\r', '\t' -> out.append(attribute ? " " : String.valueOf(c));
				default -> {
					if (allowed(c, text, i)) {
						out.append(c);
					}
				}
			}
		}
	}

	/** XML 1.0's characters: no C0 controls but tab and line ends, no lone surrogates. */
	private static boolean allowed(char c, String text, int i) {
		if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
			return false;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
		}
		return true;
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
