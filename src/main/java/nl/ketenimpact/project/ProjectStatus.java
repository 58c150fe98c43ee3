package nl.ketenimpact.project;

import java.util.Optional;

/** A project moves forward only: preparation, execution, completed. */
public enum ProjectStatus {

	PREPARATION, EXECUTION, COMPLETED;

	public Optional<ProjectStatus> next() {
		return switch (this) {
			case PREPARATION -> Optional.of(EXECUTION);
			case EXECUTION -> Optional.of(COMPLETED);
			case COMPLETED -> Optional.empty();
		};
	}

	public boolean canMoveTo(ProjectStatus target) {
		return target == this || next().filter(target::equals).isPresent();
	}
}
