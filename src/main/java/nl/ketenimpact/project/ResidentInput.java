package nl.ketenimpact.project;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The household living in a dwelling: the minimum to reach them. There is deliberately no field
 * for a BSN or date of birth. {@code accountUsername} links an existing RESIDENT account (optional).
 */
public record ResidentInput(
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") String name,
		@Email(message = "{validation.email}") @Size(max = 120, message = "{validation.size.max}") String email,
		@Pattern(regexp = "^$|^[+0-9 ()-]{6,30}$", message = "{resident.phone.invalid}") String phone,
		@Pattern(regexp = "^(nl|en|tr|ar|pl|de|fr|es|pap)?$", message = "{resident.language.invalid}") String preferredLanguage,
		@Email(message = "{validation.email}") @Size(max = 120, message = "{validation.size.max}") String accountUsername) {
}
