package jp.suishin.activity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.activity.Activity;
import jp.suishin.activity.ActivityImage;
import jp.suishin.activity.ActivityRecords;
import jp.suishin.audit.AuditAction;
import jp.suishin.audit.AuditSubject;
import jp.suishin.audit.AuditTrail;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An activity's images: only PNG and JPEG by their first bytes, re-encoded before they
 * are stored (what followed the picture is gone), served to the plan's planners with
 * their real type and {@code nosniff}; anything else is refused naming the field, and
 * nothing is stored.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:activity-images;DB_CLOSE_DELAY=-1",
		"suishin.reminders.cron=-" })
@AutoConfigureMockMvc
class ActivityImagesTests {

	static final FiscalYear R5 = FiscalYear.of(2023);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	ActivityRecords records;

	@Autowired
	AuditTrail audit;

	long plan;

	Activity signs;

	Viewer planner;

	@BeforeEach
	void sorachi() {
		plan = plans.findByKey("sorachi-doo-policy-2021").orElseThrow().id();
		long node = plans.tree(plan).orElseThrow().roots().get(0).id();
		signs = records.activities(node, R5).get(2);
		planner = accounts.account("img-planner-" + System.nanoTime(), "sorachi-bureau", Role.PLANNER);
	}

	static byte[] picture(String format, int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			image.setRGB(x, 0, Color.ORANGE.getRGB());
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	MvcTestResult upload(Viewer viewer, String name, String type, byte[] bytes, String alt) {
		return mvc.post()
			.uri("/plans/{id}/edit/activities/{a}/images", plan, signs.id())
			.multipart()
			.file(new MockMultipartFile("image", name, type, bytes))
			.param("alt", alt)
			.with(accounts.as(viewer))
			.with(csrf())
			.exchange();
	}

	List<ActivityImage> stored() {
		return records.activity(signs.id()).orElseThrow().images();
	}

	@Test
	void aPngWithSomethingAppended_isStoredReEncoded_andServedAsPngWithNosniff() throws Exception {
		byte[] png = picture("png", 30, 20);
		byte[] smuggled = concat(png, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(upload(planner, "plate.png", "image/png", smuggled, "▲プレート型")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("saved", "画像を追加しました。");
		ActivityImage image = stored().get(stored().size() - 1);
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(image.width()).isEqualTo(30);
		assertThat(image.height()).isEqualTo(20);
		assertThat(image.alt()).isEqualTo("▲プレート型");
		assertThat(audit.of(AuditSubject.plan(plan)).get(0).action()).isEqualTo(AuditAction.ACTIVITY_IMAGE_ADDED);

		MvcTestResult served = mvc.get()
			.uri("/plans/{id}/edit/activities/images/{i}", plan, image.id())
			.with(accounts.as(planner))
			.exchange();
		assertThat(served).hasStatusOk().hasContentType("image/png").hasHeader("X-Content-Type-Options", "nosniff");
		byte[] body = served.getResponse().getContentAsByteArray();
		assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(body));
		assertThat(read.getWidth()).isEqualTo(30);
		assertThat(read.getRGB(0, 0)).isEqualTo(Color.ORANGE.getRGB());
	}

	@Test
	void aJpeg_isServedAsJpeg() throws Exception {
		assertThat(upload(planner, "bus-stop.jpg", "image/jpeg", picture("jpeg", 16, 16), "◀バス停型"))
			.hasStatus3xxRedirection();
		ActivityImage image = stored().get(stored().size() - 1);
		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(mvc.get()
			.uri("/plans/{id}/edit/activities/images/{i}", plan, image.id())
			.with(accounts.as(planner))
			.exchange()).hasStatusOk().hasContentType("image/jpeg");
	}

	@Test
	void whatIsNoPngOrJpeg_orHasNoDescription_isRefusedNamingTheField_andNothingIsStored() throws Exception {
		int images = stored().size();
		int entries = audit.of(AuditSubject.plan(plan)).size();
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		Map<String, Object> flash = upload(planner, "evil.png", "image/png", html, "説明").getMvcResult().getFlashMap();
		assertThat(flash.get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("image", "画像：画像はPNGかJPEGにしてください。");
		assertThat(upload(planner, "a.gif", "image/gif", picture("gif", 4, 4), "説明").getMvcResult()
			.getFlashMap()
			.get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("image");
		byte[] truncated = java.util.Arrays.copyOf(picture("png", 40, 40), 40);
		assertThat(
				upload(planner, "cut.png", "image/png", truncated, "説明").getMvcResult().getFlashMap().get("problems"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsKey("image");
		assertThat(upload(planner, "ok.png", "image/png", picture("png", 4, 4), " ").getMvcResult()
			.getFlashMap()
			.get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("alt", "画像の説明：画像の説明（代替テキスト）を入力してください。");
		assertThat(stored()).hasSize(images);
		assertThat(audit.of(AuditSubject.plan(plan))).hasSize(entries);
	}

	@Test
	void anotherOrganisationsPlanner_neitherAddsNorSeesImages() throws Exception {
		assertThat(upload(planner, "plate.png", "image/png", picture("png", 8, 8), "▲プレート型")).hasStatus3xxRedirection();
		ActivityImage image = stored().get(stored().size() - 1);
		int images = stored().size();
		Viewer stranger = accounts.account("img-stranger-" + System.nanoTime(), "yubari", Role.PLANNER);
		assertThat(upload(stranger, "x.png", "image/png", picture("png", 8, 8), "x")).hasStatus(403);
		assertThat(mvc.get()
			.uri("/plans/{id}/edit/activities/images/{i}", plan, image.id())
			.with(accounts.as(stranger))
			.exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/plans/{id}/edit/activities/images/{i}", plan, image.id()).exchange())
			.hasStatus3xxRedirection();
		long other = plans.findByKey("sorachi-doo-policy-2025").orElseThrow().id();
		assertThat(mvc.get()
			.uri("/plans/{id}/edit/activities/images/{i}", other, image.id())
			.with(accounts.as(planner))
			.exchange()).hasStatus(404);
		assertThat(stored()).hasSize(images);
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
