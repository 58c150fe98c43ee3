package nl.ketenimpact.worklist.web;

import java.util.EnumMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Page;
import nl.ketenimpact.worklist.Delivery;
import nl.ketenimpact.worklist.NotificationKind;
import nl.ketenimpact.worklist.internal.Notifications;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Worklist")
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	record NotificationsBody(Page<Notifications.View> notifications, long unread) {
	}

	@GetMapping("/notifications")
	@Operation(summary = "The caller's notifications (the bell), newest first, paged, with the unread count; each names its kind, place and page")
	NotificationsBody notifications(CurrentUser user, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return new NotificationsBody(notifications.page(user, Page.safePage(page), Page.safeSize(size)), notifications.unread(user));
	}

	@PostMapping("/notifications/read")
	@Operation(summary = "Marks all the caller's notifications read; answers how many were unread")
	Map<String, Integer> readAll(CurrentUser user) {
		return Map.of("marked", notifications.readAll(user));
	}

	@GetMapping("/notification-preferences")
	@Operation(summary = "Per kind of the caller's roles how they are mailed: IMMEDIATE, DAILY (digest at 07:00) or OFF (the bell only)")
	Map<NotificationKind, Delivery> preferences(CurrentUser user) {
		return notifications.preferences(user);
	}

	@PutMapping("/notification-preferences")
	@Operation(summary = "Sets the delivery per kind {KIND: IMMEDIATE|DAILY|OFF}; kinds left out keep theirs; a kind or value that is not valid is a 400 on its field and nothing changes")
	Map<NotificationKind, Delivery> choose(CurrentUser user, @RequestBody Map<String, String> body) {
		Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
		for (Map.Entry<String, String> choice : body.entrySet()) {
			NotificationKind kind;
			try {
				kind = NotificationKind.valueOf(choice.getKey());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput(choice.getKey(), "notification.kind.notYours");
			}
			try {
				choices.put(kind, Delivery.valueOf(String.valueOf(choice.getValue())));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInput(choice.getKey(), "notification.delivery.invalid");
			}
		}
		notifications.choose(user, choices);
		return notifications.preferences(user);
	}
}
