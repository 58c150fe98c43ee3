package nl.ketenimpact.vote.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.ProjectPermissions;
import nl.ketenimpact.project.ProjectSection;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.vote.internal.Proposals;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The draagvlakmeting on the project page: turnout and agreement of the open vote (else the last closed one) with its
 * chart over time, for staff and chain partners; for a tenant of the complex, the open vote to go to.
 */
@Component
class VoteProjectSection implements ProjectSection {

	private final Proposals proposals;

	private final MessageSource messages;

	VoteProjectSection(Proposals proposals, MessageSource messages) {
		this.proposals = proposals;
		this.messages = messages;
	}

	@Override
	public Optional<Section> sectionFor(CurrentUser user, ProjectView project, ProjectPermissions permissions) {
		return proposals.current(user, project.id(), permissions.seePlan()).map(summary -> {
			Map<String, Object> model = new HashMap<>();
			model.put("summary", summary);
			model.put("tenant", !permissions.seePlan());
			// Always there (empty: no chart yet, a vote that opens later), so the fragment never reads a missing key.
			String chart = permissions.seePlan() ? VoteChart.json(proposals.history(user, summary.id()), messages, LocaleContextHolder.getLocale()) : null;
			model.put("chartJson", chart == null ? "" : chart);
			return new Section("vote/fragments", model);
		});
	}
}
