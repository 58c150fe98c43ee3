package nl.ketenimpact.organisation.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.OrganisationDetails;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.internal.InvitationInput;

/**
 * The invitation form: whom, with which roles, into which organisation (an existing one, or a new chain partner or
 * institution named here, for a project), and the language of the mail.
 */
public class InvitationForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.size.max}")
	private String email;

	@Size(max = 120, message = "{validation.size.max}")
	private String name;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private UUID organisationId;

	private UUID projectId;

	@Size(max = 120, message = "{validation.size.max}")
	private String newOrganisationName;

	private OrganisationType newOrganisationType;

	@Size(max = 80, message = "{validation.size.max}")
	private String newOrganisationCity;

	private String language = "nl";

	InvitationInput toInput() {
		boolean newOrganisation = organisationId == null && newOrganisationName != null && !newOrganisationName.isBlank();
		return new InvitationInput(email, name, organisationId, roles == null ? Set.of() : roles, projectId,
				newOrganisation ? new OrganisationDetails(newOrganisationName, newOrganisationType, newOrganisationCity) : null, language);
	}

	/** The form field that shows a message the service gave for an API field name. */
	static String field(String apiField) {
		return switch (apiField) {
			case "organisation.name" -> "newOrganisationName";
			case "organisation.type" -> "newOrganisationType";
			case "organisation.city" -> "newOrganisationCity";
			default -> apiField;
		};
	}

	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public Set<Role> getRoles() { return roles; }
	public void setRoles(Set<Role> roles) { this.roles = roles; }
	public UUID getOrganisationId() { return organisationId; }
	public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
	public UUID getProjectId() { return projectId; }
	public void setProjectId(UUID projectId) { this.projectId = projectId; }
	public String getNewOrganisationName() { return newOrganisationName; }
	public void setNewOrganisationName(String newOrganisationName) { this.newOrganisationName = newOrganisationName; }
	public OrganisationType getNewOrganisationType() { return newOrganisationType; }
	public void setNewOrganisationType(OrganisationType newOrganisationType) { this.newOrganisationType = newOrganisationType; }
	public String getNewOrganisationCity() { return newOrganisationCity; }
	public void setNewOrganisationCity(String newOrganisationCity) { this.newOrganisationCity = newOrganisationCity; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
}
