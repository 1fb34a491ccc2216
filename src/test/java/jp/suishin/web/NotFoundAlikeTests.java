package jp.suishin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jp.suishin.TestAccounts;
import jp.suishin.account.Role;
import jp.suishin.account.Viewer;
import jp.suishin.collection.CollectingValues;
import jp.suishin.collection.CollectionRepository;
import jp.suishin.notation.FiscalYear;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A collection of another organisation and one that does not exist answer alike, on the
 * page and in the API: the same status (404) and the same body, apart from the id the
 * request itself named. Guessing ids tells nothing about other organisations.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotFoundAlikeTests {

	static final long UNKNOWN_ID = 987_654_321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PlanRepository plans;

	@Autowired
	CollectingValues collecting;

	@Autowired
	CollectionRepository collections;

	@Test
	void anotherOrganisationsCollection_answersLikeOneThatDoesNotExist() throws Exception {
		Viewer hokkaido = accounts.account("alike-hokkaido-planner", "hokkaido", Role.PLANNER);
		Viewer iwamizawa = accounts.account("alike-iwamizawa-planner", "iwamizawa", Role.PLANNER);
		long plan = plans.findByKey("hokkaido-strategy-2015").orElseThrow().id();
		long foreign = collections.find(plan, FiscalYear.of(2017))
			.map(c -> c.id())
			.orElseGet(() -> collecting.open(hokkaido, plan, "2017", LocalDate.now().plusDays(30).toString())
				.collectionId());
		assertThat(status("/collections/" + foreign, hokkaido)).as("its own planner sees it").isEqualTo(200);
		assertThat(status("/api/v1/collections/" + foreign, hokkaido)).isEqualTo(200);

		for (String prefix : new String[] { "/collections/", "/api/v1/collections/" }) {
			MvcResult foreignAnswer = mvc.perform(get(prefix + foreign).with(accounts.as(iwamizawa))).andReturn();
			MvcResult unknownAnswer = mvc.perform(get(prefix + UNKNOWN_ID).with(accounts.as(iwamizawa))).andReturn();
			assertThat(foreignAnswer.getResponse().getStatus()).as(prefix).isEqualTo(404);
			assertThat(unknownAnswer.getResponse().getStatus()).as(prefix).isEqualTo(404);
			assertThat(foreignAnswer.getResponse().getContentType()).as(prefix)
				.isEqualTo(unknownAnswer.getResponse().getContentType());
			assertThat(body(foreignAnswer, foreign)).as(prefix).isEqualTo(body(unknownAnswer, UNKNOWN_ID));
		}
	}

	private int status(String uri, Viewer viewer) throws Exception {
		return mvc.perform(get(uri).with(accounts.as(viewer))).andReturn().getResponse().getStatus();
	}

	/**
	 * The body with the path the request named (the API echoes it as the problem's
	 * {@code instance}) and the per-request CSRF token left out.
	 */
	private static String body(MvcResult result, long id) throws Exception {
		return result.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("/collections/" + id, "/collections/{id}")
			.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "name=\"_csrf\"");
	}

}
