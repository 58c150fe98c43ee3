package nl.ketenimpact.participation;

import java.util.UUID;

/** An opportunity opened for applications (published at once, or a draft opened); residents of the project can see it. */
public record OpportunityOpened(UUID opportunityId, UUID projectId, UUID offeredBy) {
}
