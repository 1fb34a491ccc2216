package jp.suishin.activity;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jp.suishin.refusal.Validated;

/**
 * The one check of an uploaded activity image: PNG or JPEG by its first bytes (whatever
 * its name or declared type), at most {@link #MAX_BYTES} and {@link #MAX_SIDE} pixels a
 * side (read from the header before anything is decoded), then decoded and written anew
 * by ImageIO, so that what is stored and served is a picture and nothing else (no
 * metadata, no trailing bytes).
 */
public final class ImageCheck {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	public static final int MAX_SIDE = 8000;

	/**
	 * At most this many pixels (a 12-megapixel phone photo fits): a decoded image takes
	 * four bytes a pixel, twice over while it is re-encoded, so a few concurrent uploads
	 * of a small file of huge dimensions cannot exhaust the heap.
	 */
	public static final long MAX_PIXELS = 12_600_000L;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private ImageCheck() {
	}

	/** An image as checked and re-encoded. */
	public record CheckedImage(String contentType, int width, int height, byte[] bytes) {
	}

	public static Validated<CheckedImage> check(byte[] uploaded) {
		if (uploaded == null || uploaded.length == 0) {
			return Validated.rejected("activity.image.required");
		}
		if (uploaded.length > MAX_BYTES) {
			return Validated.rejected("activity.image.too-large", MAX_BYTES / (1024 * 1024));
		}
		String type = startsWith(uploaded, PNG) ? "png" : startsWith(uploaded, JPEG) ? "jpeg" : null;
		if (type == null) {
			return Validated.rejected("activity.image.type");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(uploaded))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type);
			if (in == null || !readers.hasNext()) {
				return Validated.rejected("activity.image.unreadable");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
					return Validated.rejected("activity.image.too-large-side", MAX_SIDE);
				}
				if ((long) width * height > MAX_PIXELS) {
					return Validated.rejected("activity.image.too-many-pixels", MAX_PIXELS / 1_000_000);
				}
				BufferedImage decoded = reader.read(0);
				BufferedImage clean = new BufferedImage(width, height,
						type.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
				Graphics2D g = clean.createGraphics();
				g.drawImage(decoded, 0, 0, null);
				g.dispose();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				if (!ImageIO.write(clean, type, out)) {
					return Validated.rejected("activity.image.unreadable");
				}
				return Validated.valid(new CheckedImage("image/" + type, width, height, out.toByteArray()));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Validated.rejected("activity.image.unreadable");
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

}
