package nl.ketenimpact.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.impact.internal.Valuation;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Social-return value counts only the months that have passed; the planned rest is shown beside it, in the API and in the sums. */
class RealisedValueTests extends IntegrationTestSupport {

	@Test
	void theSqlRuleForSumsIsTheJavaRuleOnSeededDates() {
		Random random = new Random(20261201);
		for (int i = 0; i < 400; i++) {
			LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
			LocalDate end = random.nextInt(10) == 0 ? null : start.plusDays(random.nextInt(800));
			LocalDate today = start.plusDays(random.nextInt(1000) - 100);
			BigDecimal sql = jdbc.sql("select realised_share(:s, :e, :t)").param("s", start).param("e", end).param("t", today)
				.query(BigDecimal.class).single();
			assertThat(sql).as(start + " – " + end + " on " + today).isEqualByComparingTo(Valuation.realisedShare(start, end, today));
		}
	}

	@Test
	void aRegistrationHalfInTheFutureCountsTheMonthsPassedAndShowsTheRestAsPlanned() throws Exception {
		UUID lombok = lombok().id();
		LocalDate today = today();
		LocalDate start = today.withDayOfMonth(1).minusMonths(5);
		LocalDate end = start.plusMonths(12).minusDays(1);
		String before = impact(lombok);
		String id = JsonPath.read(mvc.perform(post("/api/v1/projects/" + lombok + "/contributions").header("Authorization", bearer(PARTNER_LEAD))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"PERSON","personRef":"HALF-FUTURE","birthYear":1988,"block":"PARTICIPATIEWET","hoursPerWeek":36,
					 "startDate":"%s","endDate":"%s"}""".formatted(start, end)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		String view = mvc.perform(get("/api/v1/contributions/" + id).header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		BigDecimal whole = number(view, "$.valueEur");
		BigDecimal realised = number(view, "$.realisedValueEur");
		assertThat(whole).isEqualByComparingTo("40000");
		assertThat(realised).isEqualByComparingTo(Valuation.realised(whole, start, end, today));
		assertThat(realised).isGreaterThan(BigDecimal.ZERO).isLessThan(whole);

		mvc.perform(multipart("/api/v1/contributions/" + id + "/evidence")
			.file(new MockMultipartFile("file", "beschikking.pdf", "application/pdf", PDF)).header("Authorization", bearer(PARTNER_LEAD)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/contributions/" + id + "/approve").header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk());

		String after = impact(lombok);
		assertThat(number(after, "$.socialReturn.approvedValueEur").subtract(number(before, "$.socialReturn.approvedValueEur")))
			.as("the obligation is filled by the months passed only").isEqualByComparingTo(realised);
		assertThat(number(after, "$.socialReturn.plannedValueEur").subtract(number(before, "$.socialReturn.plannedValueEur")))
			.as("the months to come are planned, shown apart").isEqualByComparingTo(whole.subtract(realised));
		assertThat(number(after, "$.kpis.socialReturnValue").subtract(number(before, "$.kpis.socialReturnValue"))).isEqualByComparingTo(realised);
		assertThat(number(after, "$.kpis.socialReturnPlanned").subtract(number(before, "$.kpis.socialReturnPlanned")))
			.isEqualByComparingTo(whole.subtract(realised));
	}

	private String impact(UUID project) throws Exception {
		return mvc.perform(get("/api/v1/projects/" + project + "/impact").header("Authorization", bearer(COORDINATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static BigDecimal number(String json, String path) {
		return new BigDecimal(String.valueOf((Object) JsonPath.read(json, path)));
	}
}
