package jp.suishin.edition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.suishin.account.Viewer;
import jp.suishin.document.ReportDocument;
import jp.suishin.edition.Edition;
import jp.suishin.edition.EditionCatalogue;
import jp.suishin.edition.EditionFile;
import jp.suishin.edition.PublishingEdition;
import jp.suishin.edition.StoredFile;
import jp.suishin.refusal.Refusal;
import jp.suishin.refusal.Refused;
import jp.suishin.refusal.web.ProblemMessages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editions' pages: public (no sign-in) for an organisation's editions, a plan's, one
 * edition's report and its files, and the open-data catalogue with its JSON; the publish
 * form for the plan's planners.
 */
@Controller
class EditionController {

	/** The licence every edition's data is published under. */
	static final String LICENCE_URL = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";

	private final EditionCatalogue catalogue;

	private final PublishingEdition publishing;

	private final ProblemMessages messages;

	/**
	 * The site's public address for the catalogue's links (suishin.public-base-url, e.g.
	 * https://suishin.example.lg.jp), or empty for links from the site's root: never the
	 * request's Host header, which anybody may forge and the page cache would keep.
	 */
	private final String publicBaseUrl;

	EditionController(EditionCatalogue catalogue, PublishingEdition publishing, ProblemMessages messages,
			@Value("${suishin.public-base-url:}") String publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
		this.catalogue = catalogue;
		this.publishing = publishing;
		this.messages = messages;
	}

	@GetMapping("/organisations/{id}/editions")
	String organisation(@PathVariable long id, Model model) {
		model.addAttribute("page", catalogue.ofOrganisation(id));
		model.addAttribute("licenceUrl", LICENCE_URL);
		return "edition/organisation";
	}

	@GetMapping("/plans/{id}/editions")
	String plan(@PathVariable long id, Viewer viewer, Model model) {
		EditionCatalogue.PlanPage page = catalogue.ofPlan(viewer, id);
		model.addAttribute("page", page);
		model.addAttribute("years", page.plan().period().years());
		return "edition/plan";
	}

	@PostMapping("/plans/{id}/editions")
	String publish(@PathVariable long id, @RequestParam(required = false) String year,
			@RequestParam(required = false) String correctionNote, Viewer viewer, RedirectAttributes redirect,
			Locale locale) {
		try {
			Edition edition = publishing.publish(viewer, id, year, correctionNote);
			redirect.addFlashAttribute("published", messages.text("edition.published", locale, edition.label()));
			return "redirect:/editions/" + edition.id();
		}
		catch (Refused refused) {
			if (refused.refusal() instanceof Refusal.Conflict conflict) {
				redirect.addFlashAttribute("refused", messages.text(conflict.problem(), locale));
			}
			else if (refused.refusal() instanceof Refusal.Invalid invalid) {
				redirect.addFlashAttribute("refused",
						String.join(" ", invalid.problems().stream().map(p -> messages.text(p, locale)).toList()));
				redirect.addFlashAttribute("correctionNote", correctionNote);
			}
			else {
				throw refused;
			}
			return "redirect:/plans/" + id + "/editions";
		}
	}

	@GetMapping("/editions/{id}")
	String edition(@PathVariable long id, Model model) {
		EditionCatalogue.EditionPage page = catalogue.edition(id);
		model.addAttribute("page", page);
		model.addAttribute("doc", page.document());
		model.addAttribute("files", links(page.files()));
		model.addAttribute("chart", chart(page.document().distribution()));
		model.addAttribute("licenceUrl", LICENCE_URL);
		return "edition/edition";
	}

	/** A file as it was stored at publication, as an attachment with its real type. */
	@GetMapping("/editions/{id}/files/{name}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String name) {
		StoredFile stored = catalogue.file(id, name);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(stored.file().name()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(stored.file().contentType()))
			.body(stored.bytes());
	}

	@GetMapping("/open-data")
	String openData(Model model) {
		model.addAttribute("entries", catalogue.catalogue());
		model.addAttribute("licenceUrl", LICENCE_URL);
		return "edition/catalogue";
	}

	/**
	 * The catalogue as JSON: every published edition with its files' URLs, for whoever
	 * collects them (a prefecture, the national government).
	 */
	@GetMapping(value = "/open-data/catalogue.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	CatalogueJson openDataJson() {
		String base = publicBaseUrl;
		List<CatalogueJson.Entry> entries = new ArrayList<>();
		for (EditionCatalogue.Entry entry : catalogue.catalogue()) {
			Edition e = entry.edition();
			entries.add(new CatalogueJson.Entry(e.id(), base + "/editions/" + e.id(),
					entry.owner() == null ? null : entry.owner().name(),
					entry.owner() == null || entry.owner().code() == null ? null : entry.owner().code().value(),
					entry.plan() == null ? null : entry.plan().key(), entry.plan() == null ? null : entry.plan().name(),
					e.dataYear().value(), e.publicationYear().value(), e.number(), e.label(),
					e.publishedOn().toString(), e.correctionNote(),
					e.supersededBy() == null ? null : base + "/editions/" + e.supersededBy(),
					entry.files()
						.stream()
						.map(f -> new CatalogueJson.File(f.name(), f.contentType(), f.size(), f.sha256(),
								base + "/editions/" + e.id() + "/files/" + f.name()))
						.toList()));
		}
		return new CatalogueJson(CatalogueJson.LICENCE, LICENCE_URL, entries);
	}

	/** A file as the page offers it. */
	record FileLink(String name, String url, String labelKey, long kilobytes) {
	}

	/**
	 * The files as the page offers them, in the order they were stored (the report's,
	 * then the open data), each with what it is: the CSV with a byte-order mark (for
	 * Excel) and the one without, and the two workbooks, are told apart by their names
	 * ({@code _utf8-bom.csv}, {@code _utf8.csv}, {@code _opendata.xlsx}).
	 */
	static List<FileLink> links(List<EditionFile> files) {
		List<FileLink> links = new ArrayList<>();
		for (EditionFile file : files) {
			String name = file.name().toLowerCase(Locale.ROOT);
			boolean openData = name.endsWith("_opendata.xlsx");
			String key = switch (file.extension()) {
				case "pdf" -> "edition.file.pdf";
				case "html" -> "edition.file.html";
				case "xlsx" -> openData ? "edition.file.xlsx-data" : "edition.file.xlsx";
				case "csv" -> name.contains("nobom") || name.contains("no-bom") || name.contains("without-bom")
						|| !name.contains("bom") ? "edition.file.csv" : "edition.file.csv-bom";
				case "json" -> name.contains("schema") ? "edition.file.schema" : "edition.file.json";
				default -> "edition.file.other";
			};
			links.add(new FileLink(file.name(), "/editions/" + file.editionId() + "/files/" + file.name(), key,
					Math.max(1, (file.size() + 1023) / 1024)));
		}
		return links;
	}

	/** One bar of the distribution chart: where it starts and how wide it is, in %. */
	record Bar(ReportDocument.Share share, int x, int width, String fill) {
	}

	/** Fills with at least 3:1 contrast on white, the pending share in grey. */
	private static final List<String> FILLS = List.of("#0031D8", "#1A7F4B", "#B45309", "#6B21A8", "#9F1239");

	static List<Bar> chart(ReportDocument.Distribution distribution) {
		List<Bar> bars = new ArrayList<>();
		if (distribution == null) {
			return bars;
		}
		int x = 0;
		int colour = 0;
		for (ReportDocument.Share share : distribution.shares()) {
			String fill = "pending".equals(share.code()) || "none".equals(share.code()) ? "#595959"
					: FILLS.get(colour++ % FILLS.size());
			bars.add(new Bar(share, x, share.percent(), fill));
			x += share.percent();
		}
		return bars;
	}

}
