package jp.suishin.document.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.suishin.document.YearReview.LogicElement;
import jp.suishin.document.YearReview.LogicModel;

/**
 * A program's logic model (ロジックモデル) as one inline SVG drawing, written here (no chart
 * library, no script, no external reference): six columns from left to right – inputs,
 * activities, outputs, short-, medium- and long-term outcomes – each with its heading,
 * one box per element with its text wrapped to the box (Japanese text is broken between
 * any two characters, except before closing punctuation; Latin words are kept whole where
 * they fit) and, under it, the KPI it is measured by with that KPI's unit and direction;
 * an arrow between each two columns. An empty column shows a dashed box with a dash, so
 * that the chain stays readable.
 *
 * <p>
 * The drawing is well-formed XML whatever was typed (every text escaped, characters XML
 * cannot hold dropped), carries its own namespace, and so can be written as it is into an
 * HTML page (Thymeleaf's {@code th:utext}) and into the XHTML the PDF is rendered from
 * (openhtmltopdf's Batik drawer). Its {@code <title>} names the program and its
 * {@code <desc>} reads out every column for those who cannot see the drawing. The width
 * (664 units) fits the text column of an A4 portrait page; pages may scale it with CSS
 * ({@code svg.logic-model { max-width: 100%; height: auto; }}) since it has a viewBox.
 */
public final class LogicModelSvg {

	/** The stages in drawing order, as {@link LogicElement#stage()} names them. */
	public static final List<String> STAGES = List.of("input", "activity", "output", "short-term", "medium-term",
			"long-term");

	static final String FONT_FAMILY = "IPAexGothic, 'Noto Sans CJK JP', sans-serif";

	private static final int MARGIN = 4;

	private static final int COLUMN = 96;

	private static final int GAP = 16;

	private static final int PADDING = 5;

	private static final int HEADING_SIZE = 11;

	private static final int TEXT_SIZE = 10;

	private static final int INDICATOR_SIZE = 9;

	private static final int BOX_GAP = 8;

	private static final String INK = "#1A1A1A";

	private static final String MUTED = "#4D4D4D";

	private LogicModelSvg() {
	}

	/**
	 * The drawing of {@code model}, labelled in {@code locale}'s language (Japanese
	 * unless English). Elements of a stage not in {@link #STAGES} are not drawn.
	 */
	public static String svg(LogicModel model, Locale locale) {
		Labels labels = Labels.of(locale);
		List<Column> columns = columns(model, labels);
		int headingHeight = 0;
		for (Column column : columns) {
			headingHeight = Math.max(headingHeight, column.heading.size() * lineHeight(HEADING_SIZE) + 2 * PADDING);
		}
		int contentTop = MARGIN + headingHeight + BOX_GAP;
		int contentHeight = 0;
		for (Column column : columns) {
			contentHeight = Math.max(contentHeight, column.height());
		}
		int width = 2 * MARGIN + STAGES.size() * COLUMN + (STAGES.size() - 1) * GAP;
		int height = contentTop + contentHeight + MARGIN;
		String id = "logic-model-" + model.programId();

		Xhtml out = new Xhtml(4096 + 512 * model.elements().size());
		out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "class", "logic-model", "width",
				Integer.toString(width), "height", Integer.toString(height), "viewBox", "0 0 " + width + " " + height,
				"role", "img", "aria-labelledby", id + "-title", "aria-describedby", id + "-desc", "font-family",
				FONT_FAMILY);
		out.element("title", labels.get("render.logicmodel.title", model.programName()), "id", id + "-title");
		out.element("desc", description(columns, labels), "id", id + "-desc");
		out.empty("rect", "x", "0", "y", "0", "width", Integer.toString(width), "height", Integer.toString(height),
				"fill", "#FFFFFF");
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			int x = MARGIN + i * (COLUMN + GAP);
			heading(out, column, x, headingHeight);
			int y = contentTop;
			for (Box box : column.boxes) {
				box(out, column, box, x, y);
				y += box.height() + BOX_GAP;
			}
			if (i + 1 < columns.size()) {
				int reach = Math.min(column.height(), columns.get(i + 1).height());
				arrow(out, x + COLUMN, contentTop + reach / 2);
			}
		}
		out.close("svg");
		return out.toString();
	}

	private static List<Column> columns(LogicModel model, Labels labels) {
		List<Column> columns = new ArrayList<>();
		for (String stage : STAGES) {
			List<Box> boxes = new ArrayList<>();
			for (LogicElement element : model.elements()) {
				if (stage.equals(element.stage())) {
					String indicator = indicator(element, labels);
					boxes.add(new Box(element.text(), indicator, wrap(element.text(), TEXT_SIZE),
							wrap(indicator, INDICATOR_SIZE), false));
				}
			}
			if (boxes.isEmpty()) {
				boxes
					.add(new Box(labels.get("render.none"), null, List.of(labels.get("render.none")), List.of(), true));
			}
			columns.add(new Column(stage, labels.get("render.logicmodel.stage." + stage),
					wrap(labels.get("render.logicmodel.stage." + stage), HEADING_SIZE), boxes));
		}
		return columns;
	}

	/** 指標：来訪者数（人・増加）, or {@code null} when the element has no KPI. */
	private static String indicator(LogicElement element, Labels labels) {
		if (element.indicator() == null || element.indicator().isBlank()) {
			return null;
		}
		List<String> details = new ArrayList<>();
		if (element.unit() != null && !element.unit().isBlank()) {
			details.add(element.unit().strip());
		}
		if (element.direction() != null && STAGE_DIRECTIONS.contains(element.direction())) {
			details.add(labels.get("render.logicmodel.direction." + element.direction()));
		}
		String name = element.indicator().strip();
		if (!details.isEmpty()) {
			name = labels.get("render.logicmodel.indicator.detail", name,
					String.join(labels.get("render.logicmodel.indicator.separator"), details));
		}
		return labels.get("render.logicmodel.indicator", name);
	}

	private static final List<String> STAGE_DIRECTIONS = List.of("increase", "decrease", "maintain");

	private static String description(List<Column> columns, Labels labels) {
		StringBuilder text = new StringBuilder();
		for (Column column : columns) {
			if (!text.isEmpty()) {
				text.append(" → ");
			}
			text.append(column.label).append(": ");
			List<String> items = new ArrayList<>();
			for (Box box : column.boxes) {
				String item = box.written.strip().replaceAll("\\s+", " ");
				if (box.measure != null) {
					item += " (" + box.measure + ")";
				}
				items.add(item);
			}
			text.append(String.join(" / ", items));
		}
		return text.toString();
	}

	private static void heading(Xhtml out, Column column, int x, int height) {
		boolean outcome = column.stage.endsWith("-term");
		out.empty("rect", "x", Integer.toString(x), "y", Integer.toString(MARGIN), "width", Integer.toString(COLUMN),
				"height", Integer.toString(height), "rx", "3", "fill", outcome ? "#00734D" : "#0055AD");
		int textHeight = column.heading.size() * lineHeight(HEADING_SIZE);
		int top = MARGIN + (height - textHeight) / 2;
		lines(out, column.heading, x + COLUMN / 2, top, HEADING_SIZE, "#FFFFFF", "middle", "bold");
	}

	private static void box(Xhtml out, Column column, Box box, int x, int y) {
		boolean outcome = column.stage.endsWith("-term");
		out.empty("rect", "x", Integer.toString(x), "y", Integer.toString(y), "width", Integer.toString(COLUMN),
				"height", Integer.toString(box.height()), "rx", "3", "fill",
				box.placeholder ? "#FFFFFF" : outcome ? "#E9F5EF" : "#EAF1FA", "stroke",
				outcome ? "#00734D" : "#0055AD", "stroke-width", "1", "stroke-dasharray",
				box.placeholder ? "4 3" : null);
		if (box.placeholder) {
			lines(out, box.text, x + COLUMN / 2, y + PADDING, TEXT_SIZE, MUTED, "middle", null);
			return;
		}
		lines(out, box.text, x + PADDING, y + PADDING, TEXT_SIZE, INK, null, null);
		if (!box.indicator.isEmpty()) {
			int top = y + PADDING + box.text.size() * lineHeight(TEXT_SIZE) + PADDING / 2;
			out.empty("line", "x1", Integer.toString(x + PADDING), "y1", Integer.toString(top - 1), "x2",
					Integer.toString(x + COLUMN - PADDING), "y2", Integer.toString(top - 1), "stroke", "#9E9E9E",
					"stroke-width", "0.5");
			lines(out, box.indicator, x + PADDING, top + 1, INDICATOR_SIZE, MUTED, null, null);
		}
	}

	/** Lines of text, the first one's top at {@code top}. */
	private static void lines(Xhtml out, List<String> lines, int x, int top, int size, String fill, String anchor,
			String weight) {
		if (lines.isEmpty()) {
			return;
		}
		out.open("text", "x", Integer.toString(x), "y", Integer.toString(top + size), "font-size",
				Integer.toString(size), "fill", fill, "text-anchor", anchor, "font-weight", weight);
		for (int i = 0; i < lines.size(); i++) {
			out.element("tspan", lines.get(i), "x", Integer.toString(x), "dy",
					i == 0 ? "0" : Integer.toString(lineHeight(size)));
		}
		out.close("text");
	}

	/** An arrow from the right edge of a column ({@code x}) to the next column. */
	private static void arrow(Xhtml out, int x, int y) {
		int from = x + 2;
		int to = x + GAP - 2;
		out.empty("line", "x1", Integer.toString(from), "y1", Integer.toString(y), "x2", Integer.toString(to - 5), "y2",
				Integer.toString(y), "stroke", MUTED, "stroke-width", "1.5");
		out.empty("polygon", "points", (to - 6) + "," + (y - 4) + " " + to + "," + y + " " + (to - 6) + "," + (y + 4),
				"fill", MUTED);
	}

	static int lineHeight(int size) {
		return size + size * 2 / 5;
	}

	/**
	 * The lines {@code text} takes in a box at {@code size}: broken at the text's own
	 * line ends, then where the next piece would overflow the box. A piece is one
	 * character, a run of Latin letters and digits (a word), or a character with the
	 * closing punctuation that follows it (、。）」 never start a line), an opening bracket
	 * with what follows it (（「 never end a line).
	 */
	static List<String> wrap(String text, int size) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return lines;
		}
		double room = COLUMN - 2.0 * PADDING;
		for (String paragraph : text.strip().split("\\R")) {
			StringBuilder line = new StringBuilder();
			double used = 0;
			for (String piece : pieces(paragraph.strip())) {
				double width = width(piece, size);
				if (width > room) {
					// a word longer than the box: broken where it overflows
					for (int i = 0; i < piece.length();) {
						int codePoint = piece.codePointAt(i);
						String character = new String(Character.toChars(codePoint));
						double characterWidth = width(character, size);
						if (used + characterWidth > room && !line.isEmpty()) {
							lines.add(line.toString());
							line.setLength(0);
							used = 0;
						}
						line.append(character);
						used += characterWidth;
						i += Character.charCount(codePoint);
					}
					continue;
				}
				if (used + width > room && !line.isEmpty()) {
					lines.add(line.toString().stripTrailing());
					line.setLength(0);
					used = 0;
					if (piece.isBlank()) {
						continue;
					}
				}
				line.append(piece);
				used += width;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString().stripTrailing());
			}
		}
		return lines;
	}

	private static List<String> pieces(String text) {
		List<String> pieces = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			int end = i + Character.charCount(codePoint);
			if (latin(codePoint)) {
				while (end < text.length() && latin(text.codePointAt(end))) {
					end += Character.charCount(text.codePointAt(end));
				}
			}
			while (end < text.length() && closing(text.charAt(end))) {
				end++;
			}
			String piece = text.substring(i, end);
			if (!pieces.isEmpty() && opening(pieces.get(pieces.size() - 1))) {
				piece = pieces.remove(pieces.size() - 1) + piece;
			}
			pieces.add(piece);
			i = end;
		}
		return pieces;
	}

	private static boolean latin(int codePoint) {
		return codePoint < 0x2000 && Character.isLetterOrDigit(codePoint) || codePoint == '-' || codePoint == '.'
				|| codePoint == ',' || codePoint == '%';
	}

	/** 「（ never end a line: a piece of opening brackets only goes with the next. */
	private static boolean opening(String piece) {
		for (int i = 0; i < piece.length(); i++) {
			if ("（「『【〔〈《([{".indexOf(piece.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean closing(char c) {
		return "、。，．）」』】〕〉》・ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？：；)]}!?:;".indexOf(c) >= 0;
	}

	/**
	 * How wide {@code text} is set at {@code size}, erring on the wide side: East Asian
	 * characters one em, half-width katakana half, Latin and the like 0.62 em.
	 */
	static double width(String text, int size) {
		double width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (codePoint >= 0xFF61 && codePoint <= 0xFFDC) {
				width += 0.5;
			}
			else if (codePoint >= 0x2000) {
				width += 1.0;
			}
			else {
				width += 0.62;
			}
			i += Character.charCount(codePoint);
		}
		return width * size;
	}

	/**
	 * @param written the element's text as written; {@code measure} its indicator line or
	 * {@code null}; {@code text} and {@code indicator} the lines they are drawn in
	 */
	private record Box(String written, String measure, List<String> text, List<String> indicator, boolean placeholder) {

		int height() {
			int lines = text.size() * lineHeight(TEXT_SIZE);
			if (!indicator.isEmpty()) {
				lines += PADDING / 2 + 1 + indicator.size() * lineHeight(INDICATOR_SIZE);
			}
			return Math.max(lines, lineHeight(TEXT_SIZE)) + 2 * PADDING;
		}

	}

	private record Column(String stage, String label, List<String> heading, List<Box> boxes) {

		int height() {
			int height = 0;
			for (Box box : boxes) {
				height += box.height() + BOX_GAP;
			}
			return height - BOX_GAP;
		}

	}

}
