package nl.ketenimpact.participation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.participation.ActivityInput;
import nl.ketenimpact.participation.ActivityType;
import nl.ketenimpact.participation.OpportunityInput;
import nl.ketenimpact.participation.OpportunityType;
import nl.ketenimpact.participation.internal.ApplicationInput;
import nl.ketenimpact.participation.internal.CompensationKind;
import nl.ketenimpact.participation.internal.PaymentInput;
import nl.ketenimpact.participation.internal.PerformerAge;
import nl.ketenimpact.participation.internal.TaskInput;
import nl.ketenimpact.participation.internal.TaskRisk;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the participation pages, as the browser posts them. */
final class Forms {

	private Forms() {
	}

	public static class OpportunityForm {
		@NotNull(message = "{validation.required}") private OpportunityType type;
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") private String title;
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") private String description;
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{opportunity.places.range}") @Max(value = 500, message = "{opportunity.places.range}") private Integer places = 1;
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate startDate;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate endDate;
		@Size(max = 1000, message = "{validation.size.max}") private String requirements;
		@Size(max = 300, message = "{validation.size.max}") private String compensation;
		private boolean jobGuarantee;
		@Size(max = 500, message = "{validation.size.max}") private String jobGuaranteeCondition;

		OpportunityInput toInput() {
			return new OpportunityInput(type, title, description, places, startDate, endDate, requirements, compensation, jobGuarantee, jobGuaranteeCondition);
		}

		public OpportunityType getType() { return type; }
		public void setType(OpportunityType type) { this.type = type; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public Integer getPlaces() { return places; }
		public void setPlaces(Integer places) { this.places = places; }
		public LocalDate getStartDate() { return startDate; }
		public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
		public LocalDate getEndDate() { return endDate; }
		public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
		public String getRequirements() { return requirements; }
		public void setRequirements(String requirements) { this.requirements = requirements; }
		public String getCompensation() { return compensation; }
		public void setCompensation(String compensation) { this.compensation = compensation; }
		public boolean isJobGuarantee() { return jobGuarantee; }
		public void setJobGuarantee(boolean jobGuarantee) { this.jobGuarantee = jobGuarantee; }
		public String getJobGuaranteeCondition() { return jobGuaranteeCondition; }
		public void setJobGuaranteeCondition(String jobGuaranteeCondition) { this.jobGuaranteeCondition = jobGuaranteeCondition; }
	}

	public static class ApplicationForm {
		@NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") private String motivation;
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") private String availability;
		@Size(max = 40, message = "{validation.size.max}") private String candidateRef;

		ApplicationInput toInput() {
			return new ApplicationInput(motivation, availability, candidateRef);
		}

		public String getMotivation() { return motivation; }
		public void setMotivation(String motivation) { this.motivation = motivation; }
		public String getAvailability() { return availability; }
		public void setAvailability(String availability) { this.availability = availability; }
		public String getCandidateRef() { return candidateRef; }
		public void setCandidateRef(String candidateRef) { this.candidateRef = candidateRef; }
	}

	public static class ActivityForm {
		@NotNull(message = "{validation.required}") private ActivityType type;
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") private String title;
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate heldOn;
		private Set<UUID> partnerIds = new HashSet<>();
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 10000, message = "{activity.count.range}") private Integer children = 0;
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 10000, message = "{activity.count.range}") private Integer adults = 0;
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") @Max(value = 10000, message = "{activity.count.range}") private Integer residents = 0;
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.notNegative}") @DecimalMax(value = "100000", message = "{activity.count.range}") private BigDecimal staffVolunteerHours = BigDecimal.ZERO;
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.notNegative}") private Integer parentalConsents = 0;
		/** Set when a planned activity is recorded as held. */
		private UUID plannedActivityId;
		/** Made with the form and sent with it, so a form sent twice (a double tap, a phone's queue) records one activity. */
		@jakarta.validation.constraints.Pattern(regexp = "[\\x21-\\x7E]{1,255}", message = "{idempotency.keyInvalid}")
		private String idempotencyKey = UUID.randomUUID().toString();

		ActivityInput toInput() {
			return new ActivityInput(type, title, heldOn, partnerIds, children, adults, residents, staffVolunteerHours, parentalConsents);
		}

		public ActivityType getType() { return type; }
		public void setType(ActivityType type) { this.type = type; }
		public String getIdempotencyKey() { return idempotencyKey; }
		public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
		public UUID getPlannedActivityId() { return plannedActivityId; }
		public void setPlannedActivityId(UUID plannedActivityId) { this.plannedActivityId = plannedActivityId; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public LocalDate getHeldOn() { return heldOn; }
		public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
		public Set<UUID> getPartnerIds() { return partnerIds; }
		public void setPartnerIds(Set<UUID> partnerIds) { this.partnerIds = partnerIds; }
		public Integer getChildren() { return children; }
		public void setChildren(Integer children) { this.children = children; }
		public Integer getAdults() { return adults; }
		public void setAdults(Integer adults) { this.adults = adults; }
		public Integer getResidents() { return residents; }
		public void setResidents(Integer residents) { this.residents = residents; }
		public BigDecimal getStaffVolunteerHours() { return staffVolunteerHours; }
		public void setStaffVolunteerHours(BigDecimal staffVolunteerHours) { this.staffVolunteerHours = staffVolunteerHours; }
		public Integer getParentalConsents() { return parentalConsents; }
		public void setParentalConsents(Integer parentalConsents) { this.parentalConsents = parentalConsents; }
	}

	public static class TaskForm {
		@NotNull(message = "{validation.required}") private UUID dwellingId;
		@NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}") private String title;
		@Size(max = 1000, message = "{validation.size.max}") private String description;
		private Set<TaskRisk> risks = EnumSet.noneOf(TaskRisk.class);
		@NotNull(message = "{validation.required}") private PerformerAge performerAge = PerformerAge.ADULT;
		@Size(max = 120, message = "{validation.size.max}") private String supervisor;

		TaskInput toInput() {
			return new TaskInput(dwellingId, title, description, risks, performerAge, supervisor);
		}

		public UUID getDwellingId() { return dwellingId; }
		public void setDwellingId(UUID dwellingId) { this.dwellingId = dwellingId; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public Set<TaskRisk> getRisks() { return risks; }
		public void setRisks(Set<TaskRisk> risks) { this.risks = risks; }
		public PerformerAge getPerformerAge() { return performerAge; }
		public void setPerformerAge(PerformerAge performerAge) { this.performerAge = performerAge; }
		public String getSupervisor() { return supervisor; }
		public void setSupervisor(String supervisor) { this.supervisor = supervisor; }
	}

	public static class PaymentForm {
		@NotNull(message = "{validation.required}") private UUID residentUserId;
		@NotNull(message = "{validation.required}") private UUID payerId;
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate paidOn;
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{validation.positive}") private BigDecimal amount;
		@DecimalMin(value = "0.1", message = "{validation.positive}") private BigDecimal hours;
		@NotNull(message = "{validation.required}") private CompensationKind kind = CompensationKind.VOLUNTEER_ALLOWANCE;
		private boolean age21Plus = true;
		private boolean paidAsIncome;
		private boolean confirmPayer;
		private UUID taskId;

		PaymentInput toInput() {
			return new PaymentInput(residentUserId, payerId, paidOn, amount, hours, kind, age21Plus, paidAsIncome, confirmPayer, taskId);
		}

		public UUID getResidentUserId() { return residentUserId; }
		public void setResidentUserId(UUID residentUserId) { this.residentUserId = residentUserId; }
		public UUID getPayerId() { return payerId; }
		public void setPayerId(UUID payerId) { this.payerId = payerId; }
		public LocalDate getPaidOn() { return paidOn; }
		public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
		public BigDecimal getAmount() { return amount; }
		public void setAmount(BigDecimal amount) { this.amount = amount; }
		public BigDecimal getHours() { return hours; }
		public void setHours(BigDecimal hours) { this.hours = hours; }
		public CompensationKind getKind() { return kind; }
		public void setKind(CompensationKind kind) { this.kind = kind; }
		public boolean isAge21Plus() { return age21Plus; }
		public void setAge21Plus(boolean age21Plus) { this.age21Plus = age21Plus; }
		public boolean isPaidAsIncome() { return paidAsIncome; }
		public void setPaidAsIncome(boolean paidAsIncome) { this.paidAsIncome = paidAsIncome; }
		public boolean isConfirmPayer() { return confirmPayer; }
		public void setConfirmPayer(boolean confirmPayer) { this.confirmPayer = confirmPayer; }
		public UUID getTaskId() { return taskId; }
		public void setTaskId(UUID taskId) { this.taskId = taskId; }
	}

	/** The offering organisation's decision on an application: accept with the placement's details, or decline with a reason. */
	record DecisionForm(@NotNull UUID opportunityId, @NotNull Boolean accept, @Size(max = 1000) String reason,
			@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate startDate,
			@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate endDate,
			@Size(max = 120) String mentor, BigDecimal hoursPerWeek, @Size(max = 40) String block) {

		nl.ketenimpact.participation.internal.PlacementInput placement() {
			return new nl.ketenimpact.participation.internal.PlacementInput(startDate, endDate, mentor, hoursPerWeek, block);
		}
	}

	/** One step of a self-work task from the task list or the resident's portal ({@code portal}: where to return). */
	record StepForm(@NotNull UUID projectId, @NotNull nl.ketenimpact.participation.internal.SelfWorkRules.TaskStep step, @Size(max = 120) String who,
			Boolean passed, @Size(max = 1000) String note, Boolean portal) {

		boolean fromPortal() {
			return Boolean.TRUE.equals(portal);
		}
	}
}
