package nl.ketenimpact.worklist.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.worklist.Delivery;
import nl.ketenimpact.worklist.NotificationKind;
import nl.ketenimpact.worklist.internal.Notifications;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bell's page, the choice per kind of how to be told, and the one-click unsubscribe from a mail (no sign-in needed). */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final MenuCounts menuCounts;

	NotificationController(Notifications notifications, MenuCounts menuCounts) {
		this.notifications = notifications;
		this.menuCounts = menuCounts;
	}

	@GetMapping("/berichten")
	String list(CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("notifications", notifications.page(user, Page.safePage(page), Page.DEFAULT_SIZE));
		// The bell's own page shows its number fresh.
		menuCounts.forget(user);
		return "worklist/notifications";
	}

	/** Opens one: read, then to where it points. */
	@GetMapping("/berichten/{id}")
	String open(CurrentUser user, @PathVariable UUID id) {
		String url = notifications.open(user, id);
		menuCounts.forget(user);
		return "redirect:" + url;
	}

	@PostMapping("/berichten/gelezen")
	String readAll(CurrentUser user) {
		notifications.readAll(user);
		return "redirect:/berichten";
	}

	@GetMapping("/berichten/instellingen")
	String settings(CurrentUser user, Model model) {
		model.addAttribute("choices", notifications.preferences(user));
		model.addAttribute("deliveries", Delivery.values());
		return "worklist/notification-settings";
	}

	/** One radio group per kind, named by the kind; a value that is not a delivery is a 400 with the form again. */
	@PostMapping("/berichten/instellingen")
	String choose(CurrentUser user, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		Map<NotificationKind, Delivery> current = notifications.preferences(user);
		for (NotificationKind kind : current.keySet()) {
			String value = form.get(kind.name());
			if (value == null) {
				continue;
			}
			try {
				choices.put(kind, Delivery.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				response.setStatus(400);
				model.addAttribute("choices", current);
				model.addAttribute("deliveries", Delivery.values());
				model.addAttribute("invalidKind", kind);
				return "worklist/notification-settings";
			}
		}
		notifications.choose(user, choices);
		redirect.addFlashAttribute("flash", "notifications.settings.saved");
		return "redirect:/berichten/instellingen";
	}

	@GetMapping("/berichten/afmelden")
	String unsubscribe(@RequestParam(required = false) String k, @RequestParam(required = false) String soort,
			@RequestParam(required = false) String s, Model model, HttpServletResponse response) {
		return notifications.unsubscribe(k, soort, s).map(kind -> {
			model.addAttribute("kind", kind);
			model.addAttribute("k", k);
			model.addAttribute("s", s);
			return "worklist/unsubscribed";
		}).orElseGet(() -> {
			response.setStatus(400);
			model.addAttribute("invalid", true);
			return "worklist/unsubscribed";
		});
	}

	@PostMapping("/berichten/afmelden/ongedaan")
	String resubscribe(@RequestParam(required = false) String k, @RequestParam(required = false) String soort,
			@RequestParam(required = false) String s, Model model, HttpServletResponse response) {
		return notifications.resubscribe(k, soort, s).map(kind -> {
			model.addAttribute("kind", kind);
			model.addAttribute("resubscribed", true);
			return "worklist/unsubscribed";
		}).orElseGet(() -> {
			response.setStatus(400);
			model.addAttribute("invalid", true);
			return "worklist/unsubscribed";
		});
	}

}
