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

	/** Made with the form and sent with it, so a form sent twice (a double tap, a phone's queue) makes one signal. */
	@jakarta.validation.constraints.Pattern(regexp = "[\\x21-\\x7E]{1,255}", message = "{idempotency.keyInvalid}")
	private String idempotencyKey = java.util.UUID.randomUUID().toString();

	SignalInput toInput() {
		return new SignalInput(dwellingId, categories, urgency, observation);
	}

	public UUID getDwellingId() { return dwellingId; }
	public void setDwellingId(UUID dwellingId) { this.dwellingId = dwellingId; }
	public Set<SignalCategory> getCategories() { return categories; }
	public void setCategories(Set<SignalCategory> categories) { this.categories = categories; }
	public Urgency getUrgency() { return urgency; }
	public void setUrgency(Urgency urgency) { this.urgency = urgency; }
	public String getIdempotencyKey() { return idempotencyKey; }
	public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
	public String getObservation() { return observation; }
	public void setObservation(String observation) { this.observation = observation; }
}
