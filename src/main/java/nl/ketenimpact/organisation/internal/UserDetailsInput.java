package nl.ketenimpact.organisation.internal;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.Role;

/**
 * What an admin enters for a user. {@code password} is required for a new user and optional on an
 * edit (empty keeps the current one).
 */
public record UserDetailsInput(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 120, message = "{validation.size.max}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String name,
		@NotNull(message = "{validation.required}") UUID organisationId,
		@NotEmpty(message = "{user.roles.required}") Set<Role> roles,
		@Size(max = 100, message = "{validation.size.max}") String password) {
}
