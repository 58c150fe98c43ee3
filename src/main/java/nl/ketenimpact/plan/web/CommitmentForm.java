package nl.ketenimpact.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.ketenimpact.plan.CommitmentInput;
import nl.ketenimpact.plan.Metric;
import nl.ketenimpact.plan.Theme;

import org.springframework.format.annotation.DateTimeFormat;

/** The commitment form as the browser posts it; an empty partner means the corporation itself. */
public class CommitmentForm {

	private UUID partnerId;

	@NotNull(message = "{validation.required}")
	private Theme theme;

	@NotBlank(message = "{validation.required}")
	@Size(max = 1000, message = "{validation.size.max}")
	private String description;

	@NotNull(message = "{validation.required}")
	private Metric metric;

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0.01", message = "{commitment.target.positive}")
	@Digits(integer = 12, fraction = 2, message = "{commitment.target.digits}")
	private BigDecimal target;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	CommitmentInput toInput() {
		return new CommitmentInput(partnerId, theme, description, metric, target, dueDate);
	}

	public UUID getPartnerId() { return partnerId; }
	public void setPartnerId(UUID partnerId) { this.partnerId = partnerId; }
	public Theme getTheme() { return theme; }
	public void setTheme(Theme theme) { this.theme = theme; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public Metric getMetric() { return metric; }
	public void setMetric(Metric metric) { this.metric = metric; }
	public BigDecimal getTarget() { return target; }
	public void setTarget(BigDecimal target) { this.target = target; }
	public LocalDate getDueDate() { return dueDate; }
	public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
