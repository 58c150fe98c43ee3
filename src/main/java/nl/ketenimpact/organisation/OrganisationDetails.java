package nl.ketenimpact.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.OrganisationType;

/** What an admin enters for an organisation; validated at the edge. {@code city} is optional. */
public record OrganisationDetails(@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String name,
		@NotNull(message = "{validation.required}") OrganisationType type,
		@Size(max = 80, message = "{validation.size.max}") String city) {
}
