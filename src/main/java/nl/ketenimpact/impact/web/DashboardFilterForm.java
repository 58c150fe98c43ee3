package nl.ketenimpact.impact.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.ketenimpact.impact.internal.Dashboard;
import nl.ketenimpact.plan.Theme;

/** The filters of a dashboard as query parameters (GET, so a filtered view can be bookmarked and exported). */
public class DashboardFilterForm {

	@Min(value = Dashboard.FIRST_YEAR, message = "{impact.filter.year.range}")
	@Max(value = Dashboard.LAST_YEAR, message = "{impact.filter.year.range}")
	private Integer year;

	private UUID project;

	private UUID partner;

	private Theme theme;

	public Dashboard.Filters toFilters(UUID projectId) {
		return new Dashboard.Filters(year, projectId != null ? projectId : project, partner, theme);
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public UUID getProject() {
		return project;
	}

	public void setProject(UUID project) {
		this.project = project;
	}

	public UUID getPartner() {
		return partner;
	}

	public void setPartner(UUID partner) {
		this.partner = partner;
	}

	public Theme getTheme() {
		return theme;
	}

	public void setTheme(Theme theme) {
		this.theme = theme;
	}
}
