package jp.suishin.document.render;

import java.io.IOException;
import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Makes a parsed font name each glyph by its ordinary character. CJK fonts such as IPAex
 * map one glyph from several characters: 方 (U+65B9) and the Kangxi radical ⽅ (U+2F45), 日
 * and ⽇, or a compatibility ideograph. PDFBox writes a subset's ToUnicode map with the
 * first of a glyph's characters, which is the radical (the lower code point), so that the
 * PDF's text would be copied, searched and read aloud as radicals. Here each glyph's
 * characters are put in the order that names the glyph by a character that Unicode
 * normalisation (NFKC) leaves as it is. PDFBox keeps that list private; the lists are
 * reordered in place, once, when the font is parsed.
 */
final class CanonicalCharCodes {

	private CanonicalCharCodes() {
	}

	static void apply(TrueTypeFont font) throws IOException {
		CmapLookup lookup = font.getUnicodeCmapLookup(false);
		if (!(lookup instanceof CmapSubtable subtable)) {
			return;
		}
		Map<Integer, List<Integer>> multiple = multiple(subtable);
		for (List<Integer> codes : multiple.values()) {
			if (codes.stream().anyMatch(CanonicalCharCodes::canonical)) {
				codes.removeIf(code -> !canonical(code));
			}
		}
	}

	/**
	 * A character that names its glyph: not a radical (the CJK Radicals Supplement, such
	 * as ⻑ U+2ED1 for 長, has no compatibility decomposition, so NFKC alone keeps it), and
	 * left as it is by NFKC.
	 */
	static boolean canonical(int codePoint) {
		if (Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT) {
			return false;
		}
		String character = Character.toString(codePoint);
		return Normalizer.normalize(character, Normalizer.Form.NFKC).equals(character);
	}

	@SuppressWarnings("unchecked")
	private static Map<Integer, List<Integer>> multiple(CmapSubtable subtable) {
		try {
			Field field = CmapSubtable.class.getDeclaredField("glyphIdToCharacterCodeMultiple");
			field.setAccessible(true);
			return (Map<Integer, List<Integer>>) field.get(subtable);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("This PDFBox version's cmap cannot be reordered: the PDF's text would be "
					+ "extracted with radicals for some kanji", ex);
		}
	}

}
