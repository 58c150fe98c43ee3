package nl.ketenimpact.vote.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.PersonalData;
import nl.ketenimpact.project.Residents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The votes of the person's household in "Mijn gegevens": each vote cast for their tenancy, in the portal or on paper. */
@Component
class VotePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Residents residents;

	VotePersonalData(JdbcClient jdbc, Residents residents) {
		this.jdbc = jdbc;
		this.residents = residents;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Part> of(CurrentUser person) {
		return residents.dwellingOf(person).map(dwelling -> {
			List<Map<String, Object>> votes = jdbc.sql("""
					select p.title, p.version, v.choice, v.channel, v.cast_at from proposal_vote v join proposal p on p.id = v.proposal_id
					where v.dwelling_id = :d order by v.cast_at desc""")
				.param("d", dwelling)
				.query((rs, n) -> PersonalData.record("proposal", rs.getString("title") + " (" + rs.getInt("version") + ")", "choice",
						rs.getString("choice"), "channel", rs.getString("channel"), "castAt", rs.getObject("cast_at", OffsetDateTime.class)))
				.list();
			return votes.isEmpty() ? List.<Part>of() : List.of(new Part("VOTES", votes));
		}).orElse(List.of());
	}

	/**
	 * Nothing to erase: a vote belongs to the tenancy (the dwelling), not to a name, and a closed vote stays counted;
	 * who cast it is the account, which becomes a pseudonym.
	 */
	@Override
	public void erase(CurrentUser person) {
		// The count of a vote is the corporation's record of the tenancies, kept as it was.
	}
}
