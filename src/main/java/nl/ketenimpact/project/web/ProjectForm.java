package nl.ketenimpact.project.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ketenimpact.project.ProjectInput;
import nl.ketenimpact.project.ProjectType;
import nl.ketenimpact.project.ProjectView;

import org.springframework.format.annotation.DateTimeFormat;

/** The project form as the browser posts it. */
public class ProjectForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.size.max}")
	private String name;

	@NotBlank(message = "{validation.required}")
	@Size(max = 80, message = "{validation.size.max}")
	private String municipality;

	@Size(max = 80, message = "{validation.size.max}")
	private String neighbourhood;

	@NotNull(message = "{validation.required}")
	private ProjectType projectType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	static ProjectForm of(ProjectView project) {
		ProjectForm form = new ProjectForm();
		form.name = project.name();
		form.municipality = project.municipality();
		form.neighbourhood = project.neighbourhood();
		form.projectType = project.projectType();
		form.startDate = project.startDate();
		form.endDate = project.endDate();
		return form;
	}

	ProjectInput toInput() {
		return new ProjectInput(name, municipality, neighbourhood, projectType, startDate, endDate);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getMunicipality() { return municipality; }
	public void setMunicipality(String municipality) { this.municipality = municipality; }
	public String getNeighbourhood() { return neighbourhood; }
	public void setNeighbourhood(String neighbourhood) { this.neighbourhood = neighbourhood; }
	public ProjectType getProjectType() { return projectType; }
	public void setProjectType(ProjectType projectType) { this.projectType = projectType; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
}
