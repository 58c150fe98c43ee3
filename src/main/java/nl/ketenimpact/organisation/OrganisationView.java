package nl.ketenimpact.organisation;

import java.util.UUID;

/** An organisation as shown in lists and pickers. {@code city} may be null. */
public record OrganisationView(UUID id, String name, OrganisationType type, String city, boolean active) {
}
