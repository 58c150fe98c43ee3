package nl.ketenimpact.organisation.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.UserView;
import nl.ketenimpact.organisation.internal.UserDetailsInput;

/** The user form as the browser posts it; an empty password on edit keeps the current one. */
public class UserForm {

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 120, message = "{validation.size.max}")
	private String username;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.size.max}")
	private String name;

	@NotNull(message = "{validation.required}")
	private UUID organisationId;

	@NotEmpty(message = "{user.roles.required}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Size(max = 100, message = "{validation.size.max}")
	private String password;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.name = user.name();
		form.organisationId = user.organisationId();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		return form;
	}

	UserDetailsInput toInput() {
		return new UserDetailsInput(username, name, organisationId, roles == null ? Set.of() : roles, password);
	}

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public UUID getOrganisationId() { return organisationId; }
	public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
	public Set<Role> getRoles() { return roles; }
	public void setRoles(Set<Role> roles) { this.roles = roles; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
}
