package nl.ketenimpact.worklist.web;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.worklist.Worklist;

import org.springframework.stereotype.Component;

/**
 * The worklist's count and the bell's unread count in the menu (through the web kernel's {@link nl.ketenimpact.web.MenuBadges}), kept per user for half a minute so
 * that a page does not ask every module again; a change the user makes (any request that is not a read) forgets their
 * count at once, so what they just did shows on the next page. Per instance: another user's change shows within the half minute.
 */
@Component
public class MenuCounts implements nl.ketenimpact.web.MenuBadges {

	static final Duration KEPT = Duration.ofSeconds(30);

	private static final int MAX_USERS = 20_000;

	private final Worklist worklist;

	private final nl.ketenimpact.worklist.internal.Notifications notifications;

	private final java.time.Clock clock;

	private final Map<UUID, Counted> counts = new ConcurrentHashMap<>();

	private record Counted(long total, long unread, long at) {
	}

	MenuCounts(Worklist worklist, nl.ketenimpact.worklist.internal.Notifications notifications, java.time.Clock clock) {
		this.worklist = worklist;
		this.notifications = notifications;
		this.clock = clock;
	}

	private Counted counted(CurrentUser user) {
		long now = clock.millis();
		Counted counted = counts.get(user.id());
		if (counted == null || now - counted.at() > KEPT.toMillis()) {
			if (counts.size() > MAX_USERS) {
				counts.values().removeIf(c -> now - c.at() > KEPT.toMillis());
			}
			counted = new Counted(worklist.total(user), notifications.unread(user), now);
			counts.put(user.id(), counted);
		}
		return counted;
	}

	/** The start page has just counted the worklist: the menu shows the same number without counting again. */
	void remember(CurrentUser user, long total) {
		counts.put(user.id(), new Counted(total, notifications.unread(user), clock.millis()));
	}

	/** The bell's page changed what is read: count again. */
	void forget(CurrentUser user) {
		counts.remove(user.id());
	}

	@Override
	public long worklist(CurrentUser user) {
		return counted(user).total();
	}

	@Override
	public long unread(CurrentUser user) {
		return counted(user).unread();
	}

	@Override
	public void changed(CurrentUser user) {
		forget(user);
	}
}
