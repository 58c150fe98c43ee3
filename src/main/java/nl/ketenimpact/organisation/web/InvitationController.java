package nl.ketenimpact.organisation.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.InvitationRules;
import nl.ketenimpact.organisation.OrganisationManagement;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.OrganisationView;
import nl.ketenimpact.organisation.PartnerProjects;
import nl.ketenimpact.organisation.Role;
import nl.ketenimpact.organisation.internal.InvitationInput;
import nl.ketenimpact.organisation.internal.InvitationList;
import nl.ketenimpact.organisation.internal.Invitations;
import nl.ketenimpact.shared.FieldMessage;
import nl.ketenimpact.shared.FileUpload;
import nl.ketenimpact.shared.FormSubmission;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.shared.Refused;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Uitnodigingen": invite one person, or many from a CSV (preview first, then send; the same checks per row), and
 * the list of invitations with resend and revoke.
 */
@Controller
class InvitationController {

	/** The checked rows of a CSV between its preview and sending: in the (PostgreSQL) session, never in a hidden field. */
	static final String BATCH = "invitationBatch";

	private final Invitations invitations;

	private final OrganisationManagement organisations;

	private final ObjectProvider<PartnerProjects> projects;

	InvitationController(Invitations invitations, OrganisationManagement organisations, ObjectProvider<PartnerProjects> projects) {
		this.invitations = invitations;
		this.organisations = organisations;
		this.projects = projects;
	}

	/** A CSV row after the checks: what will be sent, or why not. */
	record BatchRow(int line, String email, String name, Set<Role> roles, String problem, Object[] problemArgs, boolean ok)
			implements java.io.Serializable {
	}

	/** What "send" acts on: the checked rows and where they go. */
	record Batch(UUID organisationId, UUID projectId, String language, List<BatchRow> rows) implements java.io.Serializable {
	}

	@GetMapping("/invitations")
	String list(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		InvitationForm form = new InvitationForm();
		form.setOrganisationId(user.has(Role.ADMIN) ? null : user.organisationId());
		return page(user, form, page, model);
	}

	@PostMapping("/invitations")
	String invite(CurrentUser user, @Valid @ModelAttribute("form") InvitationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return FormSubmission.submit(result, () -> page(user, form, 0, model), InvitationForm::field, () -> {
				invitations.invite(user, form.toInput());
				redirect.addFlashAttribute("flash", "invitation.sent");
				return "redirect:/invitations";
			});
		}
		catch (Refused refused) {
			// A role above the inviter's own is a field message on the roles, not a 403 page.
			result.addError(new FieldError("form", "roles", null, false, new String[] { refused.messageKey() }, null, refused.messageKey()));
			response.setStatus(400);
			return page(user, form, 0, model);
		}
	}

	@PostMapping("/invitations/{id}/resend")
	String resend(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		invitations.resend(user, id);
		redirect.addFlashAttribute("flash", "invitation.resent");
		return "redirect:/invitations";
	}

	@PostMapping("/invitations/{id}/revoke")
	String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		invitations.revoke(user, id);
		redirect.addFlashAttribute("flash", "invitation.revoked");
		return "redirect:/invitations";
	}

	/** Reads and checks every row without writing anything; the preview lists what would be sent. */
	@PostMapping("/invitations/upload")
	String preview(CurrentUser user, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) UUID projectId, @RequestParam(required = false) String language, HttpSession session, Model model,
			HttpServletResponse response) {
		UUID target = organisationId != null ? organisationId : user.organisationId();
		FileUpload upload = FileUpload.of("file", file);
		List<InvitationList.Row> rows;
		try {
			if (upload == null) {
				throw new IllegalArgumentException("invitation.csv.missing");
			}
			rows = InvitationList.read(upload.content());
		}
		catch (IllegalArgumentException unreadable) {
			response.setStatus(400);
			model.addAttribute("uploadError", unreadable.getMessage());
			InvitationForm form = new InvitationForm();
			form.setOrganisationId(target);
			return page(user, form, 0, model);
		}
		List<BatchRow> checked = new ArrayList<>();
		for (InvitationList.Row row : rows) {
			checked.add(check(user, row, target, projectId, language));
		}
		Batch batch = new Batch(target, projectId, language, checked);
		session.setAttribute(BATCH, batch);
		model.addAttribute("batch", batch);
		model.addAttribute("okCount", checked.stream().filter(BatchRow::ok).count());
		return "organisation/invitation-preview";
	}

	/** Sends the rows that passed the preview, checking each again (something may have changed since). */
	@PostMapping("/invitations/upload/send")
	String send(CurrentUser user, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(BATCH) instanceof Batch batch)) {
			redirect.addFlashAttribute("flashError", "invitation.csv.noPreview");
			return "redirect:/invitations";
		}
		session.removeAttribute(BATCH);
		int sent = 0;
		int refused = 0;
		for (BatchRow row : batch.rows()) {
			if (!row.ok()) {
				continue;
			}
			try {
				invitations.invite(user, new InvitationInput(row.email(), row.name(), batch.organisationId(), row.roles(), batch.projectId(), null,
						batch.language()));
				sent++;
			}
			catch (InvalidInput | Refused | nl.ketenimpact.shared.NotFound ex) {
				refused++;
			}
		}
		redirect.addFlashAttribute("flash", refused == 0 ? "invitation.csv.sent" : "invitation.csv.sentSome");
		redirect.addFlashAttribute("sentCount", sent);
		redirect.addFlashAttribute("refusedCount", refused);
		return "redirect:/invitations";
	}

	private BatchRow check(CurrentUser user, InvitationList.Row row, UUID organisationId, UUID projectId, String language) {
		if (row.problem() != null) {
			return new BatchRow(row.line(), row.email(), row.name(), row.roles(), row.problem(), new Object[] { String.join(", ", row.unknownRoles()) },
					false);
		}
		try {
			return FormSubmission.orElse(() -> {
				invitations.check(user, new InvitationInput(row.email(), row.name(), organisationId, row.roles(), projectId, null, language));
				return new BatchRow(row.line(), row.email(), row.name(), row.roles(), null, null, true);
			}, invalid -> {
				FieldMessage first = invalid.errors().get(0);
				return new BatchRow(row.line(), row.email(), row.name(), row.roles(), first.messageKey(), first.args(), false);
			});
		}
		catch (Refused refused) {
			return new BatchRow(row.line(), row.email(), row.name(), row.roles(), refused.messageKey(), null, false);
		}
		catch (nl.ketenimpact.shared.NotFound notFound) {
			return new BatchRow(row.line(), row.email(), row.name(), row.roles(), "project.notFound", null, false);
		}
	}

	private String page(CurrentUser user, InvitationForm form, Integer page, Model model) {
		if (!InvitationRules.invites(user)) {
			throw new Refused("access.denied");
		}
		List<PartnerProjects.ProjectChoice> managed = projects.getObject().managed(user);
		model.addAttribute("form", form);
		model.addAttribute("invitations", invitations.list(user, Page.safePage(page), Page.DEFAULT_SIZE));
		model.addAttribute("organisations", choices(user, !managed.isEmpty()));
		model.addAttribute("projects", managed);
		model.addAttribute("roles", offeredRoles(user, !managed.isEmpty()));
		model.addAttribute("partnerTypes", EnumSet.complementOf(EnumSet.of(OrganisationType.HOUSING_CORPORATION, OrganisationType.PLATFORM)));
		return "organisation/invitations";
	}

	/** The organisations the form offers: all (admin), or the user's own and, for project invitations, the chain partners and institutions. */
	private List<OrganisationView> choices(CurrentUser user, boolean forProjects) {
		List<OrganisationView> all = organisations.activeForPicking(user);
		if (user.has(Role.ADMIN)) {
			return all;
		}
		List<OrganisationView> offered = new ArrayList<>();
		all.stream().filter(o -> o.id().equals(user.organisationId())).forEach(offered::add);
		if (forProjects) {
			all.stream().filter(o -> !o.type().isCorporation() && !o.id().equals(user.organisationId())).forEach(offered::add);
		}
		return offered;
	}

	private static Set<Role> offeredRoles(CurrentUser user, boolean forProjects) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(Invitations.grantableOwn(user));
		if (forProjects || user.has(Role.ADMIN)) {
			roles.add(Role.PARTNER_LEAD);
		}
		if (user.has(Role.ADMIN)) {
			roles.addAll(EnumSet.allOf(Role.class));
		}
		return roles;
	}
}
