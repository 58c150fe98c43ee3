package nl.ketenimpact.worklist.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.worklist.Worklist;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The worklist's count in the menu ({@code @menuCounts.worklist()} in the layout), kept per user for half a minute so
 * that a page does not ask every module again; a change the user makes (any request that is not a read) forgets their
 * count at once, so what they just did shows on the next page. Per instance: another user's change shows within the half minute.
 */
@Component("menuCounts")
public class MenuCounts extends OncePerRequestFilter {

	static final Duration KEPT = Duration.ofSeconds(30);

	private static final int MAX_USERS = 20_000;

	private final Worklist worklist;

	private final java.time.Clock clock;

	private final Map<UUID, Counted> counts = new ConcurrentHashMap<>();

	private record Counted(long total, long at) {
	}

	MenuCounts(Worklist worklist, java.time.Clock clock) {
		this.worklist = worklist;
		this.clock = clock;
	}

	/** The signed-in user's number of things waiting, or 0 for no one. */
	public long worklist() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return 0;
		}
		long now = clock.millis();
		Counted counted = counts.get(user.id());
		if (counted == null || now - counted.at() > KEPT.toMillis()) {
			if (counts.size() > MAX_USERS) {
				counts.values().removeIf(c -> now - c.at() > KEPT.toMillis());
			}
			counted = new Counted(worklist.total(user), now);
			counts.put(user.id(), counted);
		}
		return counted.total();
	}

	/** The start page has just counted everything: the menu shows the same number. */
	void remember(CurrentUser user, long total) {
		counts.put(user.id(), new Counted(total, clock.millis()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			String method = request.getMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
					counts.remove(user.id());
				}
			}
		}
	}
}
