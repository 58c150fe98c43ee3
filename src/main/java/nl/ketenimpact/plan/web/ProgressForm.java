package nl.ketenimpact.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.ketenimpact.plan.ProgressInput;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** Manual progress on a commitment; the evidence file comes as a separate multipart part. */
public class ProgressForm {

	@NotNull(message = "{validation.required}")
	@DecimalMin(value = "0.01", message = "{progress.amount.positive}")
	@Digits(integer = 12, fraction = 2, message = "{commitment.target.digits}")
	private BigDecimal amount;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.size.max}")
	private String note;

	/** The optional evidence file. */
	private MultipartFile file;

	ProgressInput toInput() {
		return new ProgressInput(amount, occurredOn, note);
	}

	public BigDecimal getAmount() { return amount; }
	public void setAmount(BigDecimal amount) { this.amount = amount; }
	public LocalDate getOccurredOn() { return occurredOn; }
	public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
	public MultipartFile getFile() { return file; }
	public void setFile(MultipartFile file) { this.file = file; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
}
