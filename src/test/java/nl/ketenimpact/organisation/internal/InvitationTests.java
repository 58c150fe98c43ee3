package nl.ketenimpact.organisation.internal;

import java.util.UUID;

import nl.ketenimpact.IntegrationTestSupport;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.Role;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitations end to end: sent over the API or the page, the mail read from the SMTP server, its link followed,
 * the account made and signed in with; resend, revoke, expiry; the scoping of who may invite whom; a CSV.
 */
class InvitationTests extends IntegrationTestSupport {

	private String invite(String as, String body) throws Exception {
		return mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(as)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn().getResponse().getContentAsString();
	}

	private UUID corporation() {
		return user(COORDINATOR).organisationId();
	}

	@Test
	void aCoordinatorInvitesAProjectLeadWhoFollowsTheMailedLinkSetsAPasswordAndSignsIn() throws Exception {
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"Nieuw.Lead@Keten.test\",\"organisationId\":\"" + corporation() + "\",\"roles\":[\"PROJECT_LEAD\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value("nieuw.lead@keten.test"))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.roles[0]").value("PROJECT_LEAD"))
			.andExpect(jsonPath("$.expiresAt").exists())
			.andExpect(jsonPath("$.token").doesNotExist());
		String mail = lastMailTo("nieuw.lead@keten.test");
		assertThat(mail).contains("Uitnodiging voor Ketenimpact").contains("Carla de Wit").contains("Woonstichting De Keten")
			.contains("http://localhost:8080/uitnodiging?token=");
		String token = tokenOfLink(mail, "/uitnodiging");
		assertThat(jdbc.sql("select count(*) from invitation where token_hash = :t").param("t", token).query(Long.class).single())
			.as("only the hash is stored").isZero();

		mvc.perform(get("/uitnodiging").param("token", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("nieuw.lead@keten.test")));
		// A weak password: the page again with the message, and no account.
		mvc.perform(post("/uitnodiging").with(csrf()).param("token", token).param("name", "Nina Nieuw").param("password", "wachtwoord123"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("veel gebruikt")));
		assertThat(users.activeByUsername("nieuw.lead@keten.test")).isEmpty();

		mvc.perform(post("/uitnodiging").with(csrf()).param("token", token).param("name", "Nina Nieuw").param("password", "een lange zin als wachtwoord"))
			.andExpect(redirectedUrl("/login"));
		CurrentUser account = user("nieuw.lead@keten.test");
		assertThat(account.roles()).containsExactly(Role.PROJECT_LEAD);
		assertThat(account.organisationId()).isEqualTo(corporation());
		mvc.perform(formLogin().user("nieuw.lead@keten.test").password("een lange zin als wachtwoord")).andExpect(redirectedUrl("/"));

		// The link works once.
		mvc.perform(get("/uitnodiging").param("token", token)).andExpect(status().isGone())
			.andExpect(content().string(containsString("al gebruikt")));
		mvc.perform(post("/api/v1/invitations/accept").contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\":\"" + token + "\",\"name\":\"X\",\"password\":\"een andere lange zin\"}"))
			.andExpect(status().isGone())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(audit("INVITATION_ACCEPTED", corporation())).isPositive();
	}

	@Test
	void resendKillsTheOldLinkRevokeKillsTheNewOneAndAnExpiredInvitationSaysSo() throws Exception {
		String created = invite(COORDINATOR, "{\"email\":\"opnieuw@keten.test\",\"organisationId\":\"" + corporation() + "\",\"roles\":[\"SOCIAL_WORKER\"]}");
		UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));
		String first = tokenOfLink(lastMailTo("opnieuw@keten.test"), "/uitnodiging");
		mvc.perform(post("/api/v1/invitations/{id}/resend", id).header("Authorization", bearer(COORDINATOR))).andExpect(status().isOk());
		String second = tokenOfLink(lastMailTo("opnieuw@keten.test"), "/uitnodiging");
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/uitnodiging").param("token", first)).andExpect(status().isGone());
		mvc.perform(get("/uitnodiging").param("token", second)).andExpect(status().isOk());

		jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where id = :id").param("id", id).update();
		mvc.perform(get("/uitnodiging").param("token", second)).andExpect(status().isGone())
			.andExpect(content().string(containsString("verlopen")));
		mvc.perform(get("/api/v1/invitations/{id}", id).header("Authorization", bearer(COORDINATOR))).andExpect(jsonPath("$.status").value("EXPIRED"));
		mvc.perform(post("/api/v1/invitations/{id}/resend", id).header("Authorization", bearer(COORDINATOR))).andExpect(jsonPath("$.status").value("PENDING"));
		String third = tokenOfLink(lastMailTo("opnieuw@keten.test"), "/uitnodiging");

		mvc.perform(post("/api/v1/invitations/{id}/revoke", id).header("Authorization", bearer(COORDINATOR)))
			.andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(post("/api/v1/invitations/accept").contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\":\"" + third + "\",\"name\":\"X\",\"password\":\"een lange zin als wachtwoord\"}"))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.detail").value(containsString("ingetrokken")));
		assertThat(users.activeByUsername("opnieuw@keten.test")).isEmpty();
		mvc.perform(post("/api/v1/invitations/{id}/resend", id).header("Authorization", bearer(COORDINATOR))).andExpect(status().isConflict());
	}

	@Test
	void nobodyGrantsARoleOutsideTheirOwnOrganisationOrAboveTheirOwn() throws Exception {
		UUID contractor = user(PARTNER_LEAD).organisationId();
		UUID otherCorporation = user(OTHER_PROJECT_LEAD).organisationId();
		long before = count("invitation");
		// Above their own: a project lead cannot make a coordinator or a social worker.
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"hoger@keten.test\",\"organisationId\":\"" + corporation() + "\",\"roles\":[\"COORDINATOR\"]}"))
			.andExpect(status().isForbidden());
		// Outside their own organisation, without a project.
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"elders@keten.test\",\"organisationId\":\"" + otherCorporation + "\",\"roles\":[\"PROJECT_LEAD\"]}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"elders@keten.test\",\"organisationId\":\"" + corporation() + "\",\"roles\":[\"FIELD_WORKER\"]}"))
			.andExpect(status().isForbidden());
		// A role the organisation's kind does not have: a field message.
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"hulp@vandam.test\",\"organisationId\":\"" + contractor + "\",\"roles\":[\"CASE_WORKER\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		// Those who invite nobody.
		for (String nobody : new String[] { FIELD_WORKER, RESIDENT, CASE_WORKER, "wijkconsulent@demo.nl" }) {
			mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(nobody)).contentType(MediaType.APPLICATION_JSON)
					.content("{\"email\":\"niemand@keten.test\",\"organisationId\":\"" + user(nobody).organisationId() + "\",\"roles\":[\"FIELD_WORKER\"]}"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/invitations").header("Authorization", bearer(nobody))).andExpect(status().isForbidden());
			mvc.perform(get("/invitations").with(as(nobody))).andExpect(status().isForbidden());
		}
		assertThat(count("invitation")).as("nothing saved by a refused request").isEqualTo(before);
		// The partner lead may bring in a site worker of their own firm.
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(PARTNER_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"vakvrouw@vandam.test\",\"organisationId\":\"" + contractor + "\",\"roles\":[\"FIELD_WORKER\"]}"))
			.andExpect(status().isCreated());
	}

	@Test
	void invitationsOfAnotherCorporationCannotBeSeenResentOrRevoked() throws Exception {
		String created = invite(COORDINATOR, "{\"email\":\"geheim@keten.test\",\"organisationId\":\"" + corporation() + "\",\"roles\":[\"PROJECT_LEAD\"]}");
		UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));
		mvc.perform(get("/api/v1/invitations").header("Authorization", bearer(OTHER_PROJECT_LEAD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("geheim@keten.test"))));
		mvc.perform(get("/api/v1/invitations/{id}", id).header("Authorization", bearer(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		// Same corporation, but nobody who invites: a tenant or a site worker does not read whom the corporation invited.
		for (String notInviting : new String[] { RESIDENT, FIELD_WORKER, CASE_WORKER }) {
			mvc.perform(get("/api/v1/invitations/{id}", id).header("Authorization", bearer(notInviting))).andExpect(status().isNotFound());
		}
		mvc.perform(post("/api/v1/invitations/{id}/revoke", id).header("Authorization", bearer(OTHER_PROJECT_LEAD))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/invitations/{id}/resend", id).header("Authorization", bearer(OTHER_PARTNER_LEAD))).andExpect(status().isNotFound());
		mvc.perform(post("/invitations/{id}/revoke", id).with(as(OTHER_PROJECT_LEAD)).with(csrf())).andExpect(status().isNotFound());
		// Same corporation, but the role is above the project lead's: seen, not revoked.
		mvc.perform(post("/api/v1/invitations/{id}/revoke", id).header("Authorization", bearer(PROJECT_LEAD))).andExpect(status().isOk());
		mvc.perform(get("/invitations").with(as(COORDINATOR))).andExpect(status().isOk())
			.andExpect(content().string(containsString("geheim@keten.test")));
	}

	@Test
	void aProjectLeadInvitesTheLeadOfANewChainPartnerForTheProject() throws Exception {
		UUID lombok = lombok().id();
		long organisationsBefore = count("organisation");
		// Bad input first: the new organisation without a type changes nothing.
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"lead@schilder.test\",\"roles\":[\"PARTNER_LEAD\"],\"projectId\":\"" + lombok
						+ "\",\"organisation\":{\"name\":\"Schildersbedrijf Kleur\"}}"))
			.andExpect(status().isBadRequest());
		assertThat(count("organisation")).isEqualTo(organisationsBefore);
		// Another corporation's project lead cannot use this project.
		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(OTHER_PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"lead@schilder.test\",\"roles\":[\"PARTNER_LEAD\"],\"projectId\":\"" + lombok
						+ "\",\"organisation\":{\"name\":\"Schildersbedrijf Kleur\",\"type\":\"SUBCONTRACTOR\"}}"))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/invitations").header("Authorization", bearer(PROJECT_LEAD)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"lead@schilder.test\",\"roles\":[\"PARTNER_LEAD\"],\"projectId\":\"" + lombok
						+ "\",\"organisation\":{\"name\":\"Schildersbedrijf Kleur\",\"type\":\"SUBCONTRACTOR\",\"city\":\"Utrecht\"}}"))
			.andExpect(status().isCreated());
		UUID schilder = organisations.findByName("Schildersbedrijf Kleur").orElseThrow().id();
		assertThat(partners.list(user(PROJECT_LEAD), lombok)).anyMatch(p -> p.organisationId().equals(schilder));
		String token = tokenOfLink(lastMailTo("lead@schilder.test"), "/uitnodiging");
		mvc.perform(post("/api/v1/invitations/accept").contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\":\"" + token + "\",\"name\":\"Sanne Kleur\",\"password\":\"kwasten en verf in de zon\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.organisationId").value(schilder.toString()))
			.andExpect(jsonPath("$.roles[0]").value("PARTNER_LEAD"));
		assertThat(access("lead@schilder.test", lombok)).isNotNull();
	}

	@Test
	void manyAtOnceFromACsvPreviewedThenSentWithTheSameChecksPerRow() throws Exception {
		String csv = "e-mail;naam;rollen\n"
				+ "csv.een@keten.test;Een Eerste;PROJECT_LEAD\n"
				+ "csv.twee@keten.test;Twee Tweede;projectleider|FIELD_WORKER\n"
				+ "kapot-adres;Drie;PROJECT_LEAD\n"
				+ "csv.vier@keten.test;Vier;PRESIDENT\n"
				+ "coordinator@demo.nl;Bestaat Al;PROJECT_LEAD\n"
				+ "csv.zes@keten.test;Zes;SOCIAL_WORKER\n";
		long before = count("invitation");
		String preview = mvc.perform(multipart("/invitations/upload").file(new MockMultipartFile("file", "team.csv", "text/csv", csv.getBytes()))
				.param("organisationId", corporation().toString()).with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("2 van de 6 regels").contains("Onbekende rol: PRESIDENT").contains("al een account")
			.contains("niet hoger dan uw eigen rol");
		assertThat(count("invitation")).as("a preview sends nothing").isEqualTo(before);
		// The rows live in the session between preview and send.
		jakarta.servlet.http.Cookie session = mvc.perform(multipart("/invitations/upload")
				.file(new MockMultipartFile("file", "team.csv", "text/csv", csv.getBytes())).param("organisationId", corporation().toString())
				.with(as(PROJECT_LEAD)).with(csrf()))
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(post("/invitations/upload/send").cookie(session).with(as(PROJECT_LEAD)).with(csrf())).andExpect(redirectedUrl("/invitations"));
		assertThat(count("invitation")).isEqualTo(before + 2);
		assertThat(lastMailTo("csv.twee@keten.test")).contains("/uitnodiging?token=");
		mvc.perform(multipart("/invitations/upload").file(new MockMultipartFile("file", "leeg.csv", "text/csv", "naam\nx\n".getBytes()))
				.with(as(PROJECT_LEAD)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("kopregel")));
	}

	@Test
	void theInvitationPageSendsOneAndShowsFieldMessagesForBadInput() throws Exception {
		mvc.perform(post("/invitations").with(as(COORDINATOR)).with(csrf()).param("email", "geen-adres").param("roles", "PROJECT_LEAD")
				.param("organisationId", corporation().toString()).param("language", "nl"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("geldig e-mailadres")));
		mvc.perform(post("/invitations").with(as(COORDINATOR)).with(csrf()).param("email", "pagina@keten.test").param("roles", "SOCIAL_WORKER")
				.param("organisationId", corporation().toString()).param("language", "en"))
			.andExpect(redirectedUrl("/invitations"));
		assertThat(lastMailTo("pagina@keten.test")).contains("Invitation to Ketenimpact").contains("Create your account");
	}

	@Test
	void aNewPartnerWhoseNameIsTakenShowsTheMessageOnTheNewOrganisationsNameField() throws Exception {
		long organisations = count("organisation");
		mvc.perform(post("/invitations").with(as(PROJECT_LEAD)).with(csrf()).param("email", "nieuw@vandam.test").param("roles", "PARTNER_LEAD")
				.param("projectId", lombok().id().toString()).param("newOrganisationName", "Bouwbedrijf Van Dam")
				.param("newOrganisationType", "SUBCONTRACTOR").param("language", "nl"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*id=\"newOrganisationName-error\"[^>]*>Er bestaat al een organisatie met deze naam\\..*")));
		assertThat(count("organisation")).isEqualTo(organisations);
	}

	private long audit(String action, UUID organisation) {
		return jdbc.sql("select count(*) from audit_log where action = :a and organisation_id = :o").param("a", action).param("o", organisation)
			.query(Long.class).single();
	}
}
