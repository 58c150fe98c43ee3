package nl.ketenimpact.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;

import org.springframework.context.ApplicationContext;

/** Test data of the project module, made through its own API by the corporation's project lead. */
public final class ProjectTestData {

	private final ProjectManagement projects;

	private final Dwellings dwellings;

	private final Residents residents;

	private final Partners partners;

	private ProjectTestData(ApplicationContext context) {
		this.projects = context.getBean(ProjectManagement.class);
		this.dwellings = context.getBean(Dwellings.class);
		this.residents = context.getBean(Residents.class);
		this.partners = context.getBean(Partners.class);
	}

	public static ProjectTestData in(ApplicationContext context) {
		return new ProjectTestData(context);
	}

	/** A project of the lead's corporation, already in execution. */
	public UUID runningProject(CurrentUser lead, String name, LocalDate start, LocalDate end) {
		UUID id = projects.create(lead, new ProjectInput(name, "Utrecht", null, ProjectType.REB, start, end));
		projects.changeStatus(lead, id, ProjectStatus.EXECUTION);
		return id;
	}

	public UUID dwelling(CurrentUser lead, UUID projectId, String bagIdentificatie, String street, int number) {
		return dwellings.add(lead, projectId, new DwellingInput(null, bagIdentificatie, street, number, null, null, "3531AB", "Utrecht", null, null,
				null, null));
	}

	/** The dwelling's household, with a resident account of the corporation linked to it. */
	public void household(CurrentUser lead, UUID projectId, UUID dwellingId, String name, String accountUsername) {
		residents.save(lead, projectId, dwellingId, new ResidentInput(name, null, null, "nl", accountUsername));
	}

	public void mainContractor(CurrentUser lead, UUID projectId, UUID organisationId, long contractValueEur) {
		partners.add(lead, projectId, new PartnerInput(organisationId, PartnerRole.MAIN_CONTRACTOR, BigDecimal.valueOf(contractValueEur)));
	}
}
