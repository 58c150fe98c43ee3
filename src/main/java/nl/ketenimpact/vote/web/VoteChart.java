package nl.ketenimpact.vote.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.ketenimpact.vote.internal.Proposals;

import org.springframework.context.MessageSource;

import tools.jackson.databind.json.JsonMapper;

/** The chart of a vote over time: turnout and agreement (of all tenancies) at the end of each day, as charts.js draws a trend. */
final class VoteChart {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private VoteChart() {
	}

	/** The chart's JSON, or null when the vote has no days yet. */
	static String json(List<Proposals.Day> days, MessageSource messages, Locale locale) {
		if (days.isEmpty()) {
			return null;
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "trend");
		chart.put("labels", days.stream().map(d -> d.day().getDayOfMonth() + "-" + d.day().getMonthValue()).toList());
		chart.put("series", List.of(
				Map.of("name", messages.getMessage("vote.chart.turnout", null, locale), "values", days.stream().map(Proposals.Day::turnoutPct).toList()),
				Map.of("name", messages.getMessage("vote.chart.agreed", null, locale), "values", days.stream().map(Proposals.Day::agreedPct).toList())));
		return JSON.writeValueAsString(chart);
	}
}
