package jp.suishin.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import jp.suishin.refusal.Validated;

import org.junit.jupiter.api.Test;

/**
 * An image's size is checked before it is decoded: a small file of huge dimensions is
 * refused by its pixel count, while a phone photo's 12 megapixels pass.
 */
class ImageCheckTests {

	static byte[] png(int width, int height) throws IOException {
		// one bit a pixel: a few kilobytes on disk, megapixels when decoded
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void aSmallFileOfTooManyPixels_isRefusedBeforeItIsDecoded() throws IOException {
		byte[] file = png(4500, 3000);
		assertThat(file.length).isLessThan(ImageCheck.MAX_BYTES);

		Validated<ImageCheck.CheckedImage> checked = ImageCheck.check(file);

		assertThat(checked).isInstanceOfSatisfying(Validated.Rejected.class,
				rejected -> assertThat(rejected.problem().messageKey()).isEqualTo("activity.image.too-many-pixels"));
	}

	@Test
	void aTwelveMegapixelPhoto_passes_reEncoded() throws IOException {
		Validated<ImageCheck.CheckedImage> checked = ImageCheck.check(png(4032, 3024));

		assertThat(checked).isInstanceOfSatisfying(Validated.Valid.class, valid -> {
			ImageCheck.CheckedImage image = (ImageCheck.CheckedImage) valid.value();
			assertThat(image.contentType()).isEqualTo("image/png");
			assertThat(image.width() * image.height()).isEqualTo(4032 * 3024);
		});
	}

}
