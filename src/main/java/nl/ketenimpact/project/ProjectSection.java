package nl.ketenimpact.project;

import java.util.Map;
import java.util.Optional;

import nl.ketenimpact.organisation.CurrentUser;

/**
 * SPI through which a module that builds on projects shows a section of its own on the project page (the vote
 * module: the running draagvlakmeting), without the project module knowing it. The section is the fragment
 * {@code section} of {@code template}, rendered with {@code model} as the variable {@code section}.
 */
public interface ProjectSection {

	/** The section for this reader of the project page, or none; keep it to a query or two, the page is a hot path. */
	Optional<Section> sectionFor(CurrentUser user, ProjectView project, ProjectPermissions permissions);

	record Section(String template, Map<String, Object> model) {

		public Section {
			model = Map.copyOf(model);
		}
	}
}
