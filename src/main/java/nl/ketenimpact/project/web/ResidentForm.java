package nl.ketenimpact.project.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.project.ResidentInput;
import nl.ketenimpact.project.ResidentView;

/** The resident-household form. There is no BSN field, on purpose. */
public class ResidentForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.size.max}")
	private String name;

	@Email(message = "{validation.email}")
	@Size(max = 120, message = "{validation.size.max}")
	private String email;

	@Pattern(regexp = "^$|^[+0-9 ()-]{6,30}$", message = "{resident.phone.invalid}")
	private String phone;

	@Pattern(regexp = "^(nl|en|tr|ar|pl|de|fr|es|pap)?$", message = "{resident.language.invalid}")
	private String preferredLanguage = "nl";

	@Email(message = "{validation.email}")
	@Size(max = 120, message = "{validation.size.max}")
	private String accountUsername;

	static ResidentForm of(ResidentView resident) {
		ResidentForm form = new ResidentForm();
		form.name = resident.name();
		form.email = resident.email();
		form.phone = resident.phone();
		form.preferredLanguage = resident.preferredLanguage();
		form.accountUsername = resident.accountUsername();
		return form;
	}

	ResidentInput toInput() {
		return new ResidentInput(name, email, phone, preferredLanguage, accountUsername);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getPreferredLanguage() { return preferredLanguage; }
	public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
	public String getAccountUsername() { return accountUsername; }
	public void setAccountUsername(String accountUsername) { this.accountUsername = accountUsername; }
}
