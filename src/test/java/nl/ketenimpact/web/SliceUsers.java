package nl.ketenimpact.web;

import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.OrganisationType;
import nl.ketenimpact.organisation.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for controller slices: the principal the handlers take as their {@link CurrentUser}. */
public final class SliceUsers {

	public static final UUID CORPORATION = UUID.fromString("00000000-0000-0000-0000-00000000c0de");

	private SliceUsers() {
	}

	public static CurrentUser projectLead() {
		return new CurrentUser(UUID.randomUUID(), "lead@slice.test", "Pim Lead", CORPORATION, "Woonstichting Slice", OrganisationType.HOUSING_CORPORATION,
				Set.of(Role.PROJECT_LEAD));
	}

	/**
	 * Signed in as {@code user} for one request. The slice has no security filter chain (that is tested with the whole
	 * application), so the user is put where the handlers' argument resolver reads it, for this thread.
	 */
	public static RequestPostProcessor signedIn(CurrentUser user) {
		return request -> {
			SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null,
					user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
			return request;
		};
	}
}
