package jp.suishin.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalCharCodesTests {

	@Test
	void aKanji_namesItsGlyph_neitherAKangxiRadicalNorARadicalOfTheSupplement() {
		assertThat(CanonicalCharCodes.canonical('長')).isTrue();
		assertThat(CanonicalCharCodes.canonical('方')).isTrue();
		// ⻑ (U+2ED1) and ⽅ (U+2F45) share the glyphs of 長 and 方 in IPAex
		assertThat(CanonicalCharCodes.canonical(0x2ED1)).isFalse();
		assertThat(CanonicalCharCodes.canonical(0x2F45)).isFalse();
	}

}
