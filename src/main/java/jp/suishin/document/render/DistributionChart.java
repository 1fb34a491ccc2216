package jp.suishin.document.render;

import java.util.List;
import java.util.Locale;

import jp.suishin.document.ReportDocument.Share;

/**
 * The distribution of the KPI list as a pie chart in inline SVG, written here (no chart
 * library, no script): one sector per share, in the shares' order, clockwise from the
 * top, with the colour its row of the data table beside it shows. The chart carries no
 * text of its own (its title aside): the labels, counts and percentages are the table's,
 * so that no font is needed to draw it and it stays a vector drawing in the PDF.
 */
final class DistributionChart {

	static final int SIZE = 160;

	private static final double CENTRE = SIZE / 2.0;

	private static final double RADIUS = SIZE / 2.0 - 4;

	/** Colours told apart in print and by most colour-blind readers (Okabe–Ito based). */
	private static final List<String> PALETTE = List.of("#0055AD", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
			"#D55E00", "#F0E442", "#000000");

	private static final String PENDING = "#9E9E9E";

	private static final String NONE = "#D9D9D9";

	private DistributionChart() {
	}

	/** The colour of the share at {@code index} of {@code shares}. */
	static String colour(List<Share> shares, int index) {
		String code = shares.get(index).code();
		if ("pending".equals(code)) {
			return PENDING;
		}
		if ("none".equals(code)) {
			return NONE;
		}
		int graded = 0;
		for (int i = 0; i < index; i++) {
			String before = shares.get(i).code();
			if (!"pending".equals(before) && !"none".equals(before)) {
				graded++;
			}
		}
		return PALETTE.get(graded % PALETTE.size());
	}

	static void write(Xhtml out, List<Share> shares, String title, String id) {
		out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "class", "chart", "width",
				Integer.toString(SIZE), "height", Integer.toString(SIZE), "viewBox", "0 0 " + SIZE + " " + SIZE, "role",
				"img", "aria-labelledby", id);
		out.element("title", title, "id", id);
		int total = shares.stream().mapToInt(Share::count).sum();
		if (total == 0) {
			circle(out, NONE);
		}
		else {
			int before = 0;
			for (int i = 0; i < shares.size(); i++) {
				int count = shares.get(i).count();
				if (count == 0) {
					continue;
				}
				if (count == total) {
					circle(out, colour(shares, i));
				}
				else {
					sector(out, (double) before / total, (double) (before + count) / total, colour(shares, i));
				}
				before += count;
			}
		}
		out.close("svg");
	}

	private static void circle(Xhtml out, String colour) {
		out.empty("circle", "cx", number(CENTRE), "cy", number(CENTRE), "r", number(RADIUS), "fill", colour, "stroke",
				"#FFFFFF", "stroke-width", "1");
	}

	/** A sector from one fraction of the turn to another, clockwise from 12 o'clock. */
	private static void sector(Xhtml out, double from, double to, String colour) {
		double[] start = point(from);
		double[] end = point(to);
		int large = to - from > 0.5 ? 1 : 0;
		String path = "M" + number(CENTRE) + " " + number(CENTRE) + " L" + number(start[0]) + " " + number(start[1])
				+ " A" + number(RADIUS) + " " + number(RADIUS) + " 0 " + large + " 1 " + number(end[0]) + " "
				+ number(end[1]) + " Z";
		out.empty("path", "d", path, "fill", colour, "stroke", "#FFFFFF", "stroke-width", "1");
	}

	private static double[] point(double fraction) {
		double angle = 2 * Math.PI * fraction;
		return new double[] { CENTRE + RADIUS * Math.sin(angle), CENTRE - RADIUS * Math.cos(angle) };
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
