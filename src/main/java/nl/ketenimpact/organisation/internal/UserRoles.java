package nl.ketenimpact.organisation.internal;

import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The roles of an account, replaced as a whole: written by the admin's changes and by new accounts. */
@Component
public class UserRoles {

	private final JdbcClient jdbc;

	UserRoles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void replace(UUID userId, Set<Role> roles) {
		jdbc.sql("delete from user_role where user_id = :id").param("id", userId).update();
		for (Role role : roles) {
			jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", userId).param("role", role.name()).update();
		}
	}
}
