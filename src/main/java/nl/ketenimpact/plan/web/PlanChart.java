package nl.ketenimpact.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ketenimpact.plan.CommitmentStatus;
import nl.ketenimpact.plan.CommitmentView;

/**
 * Chart data for the plan page: per partner (or the corporation) the average share of target reached
 * by its accepted commitments. Percentages, because commitments are measured in different units.
 */
record PlanChart(List<String> labels, List<Integer> percentages) {

	static PlanChart of(List<CommitmentView> plan, String corporationName) {
		Map<String, int[]> byPartner = new LinkedHashMap<>();
		for (CommitmentView c : plan) {
			if (c.status() != CommitmentStatus.ACCEPTED) {
				continue;
			}
			int[] sum = byPartner.computeIfAbsent(c.partnerName() == null ? corporationName : c.partnerName(), k -> new int[2]);
			sum[0] += c.percentage();
			sum[1]++;
		}
		return new PlanChart(List.copyOf(byPartner.keySet()), byPartner.values().stream().map(s -> s[0] / s[1]).toList());
	}
}
