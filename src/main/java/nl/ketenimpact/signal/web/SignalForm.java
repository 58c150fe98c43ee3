package nl.ketenimpact.signal.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.signal.SignalCategory;
import nl.ketenimpact.signal.SignalInput;
import nl.ketenimpact.signal.Urgency;

/** The phone form of a field worker. */
public class SignalForm {

	private UUID dwellingId;

	@NotEmpty(message = "{signal.categories.required}")
	private Set<SignalCategory> categories = EnumSet.noneOf(SignalCategory.class);

	@NotNull(message = "{validation.required}")
	private Urgency urgency = Urgency.NORMAL;

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.size.max}")
	private String observation;

	SignalInput toInput() {
		return new SignalInput(dwellingId, categories, urgency, observation);
	}

	public UUID getDwellingId() { return dwellingId; }
	public void setDwellingId(UUID dwellingId) { this.dwellingId = dwellingId; }
	public Set<SignalCategory> getCategories() { return categories; }
	public void setCategories(Set<SignalCategory> categories) { this.categories = categories; }
	public Urgency getUrgency() { return urgency; }
	public void setUrgency(Urgency urgency) { this.urgency = urgency; }
	public String getObservation() { return observation; }
	public void setObservation(String observation) { this.observation = observation; }
}
