package nl.ketenimpact.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.organisation.OrganisationDetails;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.OrganisationView;

/** The organisation form as the browser posts it. */
public class OrganisationForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.size.max}")
	private String name;

	@NotNull(message = "{validation.required}")
	private OrganisationType type;

	@Size(max = 80, message = "{validation.size.max}")
	private String city;

	static OrganisationForm of(OrganisationView organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.name();
		form.type = organisation.type();
		form.city = organisation.city();
		return form;
	}

	OrganisationDetails toDetails() {
		return new OrganisationDetails(name, type, city);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public OrganisationType getType() { return type; }
	public void setType(OrganisationType type) { this.type = type; }
	public String getCity() { return city; }
	public void setCity(String city) { this.city = city; }
}
