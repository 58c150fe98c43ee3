package nl.ketenimpact.project.internal;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.project.DwellingView;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;
import nl.ketenimpact.shared.AuditLog;
import nl.ketenimpact.shared.DutchDate;
import nl.ketenimpact.shared.InvalidInput;
import nl.ketenimpact.shared.Outbox;
import nl.ketenimpact.shared.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The letters that bring tenants in: one A4 page per dwelling with an open activation code, printed by the project lead. */
@Service
public class ActivationLetters {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final ProjectScope scope;

	private final ProjectManagement projects;

	private final Secrets secrets;

	private final Outbox outbox;

	private final AuditLog audit;

	private final java.time.Clock clock;

	ActivationLetters(JdbcClient jdbc, ProjectScope scope, ProjectManagement projects, Secrets secrets, Outbox outbox, AuditLog audit,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.projects = projects;
		this.secrets = secrets;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** One A4 letter per dwelling with an open code: address, code, where to register, until when. */
	@Transactional
	public byte[] letters(CurrentUser user, UUID projectId) {
		scope.requireManage(user, projectId);
		ProjectView project = projects.get(user, projectId);
		record Letter(String straatnaam, int huisnummer, String huisletter, String huisnummerToevoeging, String postcode, String woonplaats,
				String code, OffsetDateTime expiresAt) {
		}
		List<Letter> letters = jdbc.sql("""
				select d.straatnaam, d.huisnummer, d.huisletter, d.huisnummer_toevoeging, d.postcode, d.woonplaats, c.code, c.expires_at
				from activation_code c join dwelling d on d.id = c.dwelling_id
				where c.project_id = :p and c.used_at is null and c.revoked_at is null and c.expires_at > :now
				order by d.straatnaam, d.huisnummer, d.huisletter nulls first, d.huisnummer_toevoeging nulls first""")
			.param("p", projectId).param("now", OffsetDateTime.now(clock)).query(Letter.class).list();
		if (letters.isEmpty()) {
			throw new InvalidInput("codes", "activation.letters.none");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 72, 72, 90, 72);
		PdfWriter.getInstance(document, out);
		document.addTitle("Activatiecodes " + project.name());
		document.open();
		Font normal = new Font(Font.HELVETICA, 11);
		Font heading = new Font(Font.HELVETICA, 15, Font.BOLD);
		Font code = new Font(Font.COURIER, 22, Font.BOLD);
		Font small = new Font(Font.HELVETICA, 9, Font.ITALIC);
		String portal = outbox.link("/activeren");
		for (Letter letter : letters) {
			DwellingView address = new DwellingView(null, projectId, null, null, letter.straatnaam(), letter.huisnummer(), letter.huisletter(),
					letter.huisnummerToevoeging(), letter.postcode(), letter.woonplaats(), null, null, null, null, false);
			document.add(new Paragraph("Aan de bewoners van", normal));
			document.add(new Paragraph(address.streetAddress(), normal));
			document.add(new Paragraph(address.postcodeDisplay() + "  " + letter.woonplaats(), normal));
			document.add(new Paragraph(" "));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Uw persoonlijke code voor Ketenimpact", heading));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Bij de verduurzaming van uw woning (project " + project.name() + ") kunt u meedoen, meedenken en "
					+ "stemmen op het renovatievoorstel. Maak daarvoor met deze code een account aan op:", normal));
			document.add(new Paragraph(" "));
			document.add(new Paragraph(portal, new Font(Font.HELVETICA, 12, Font.BOLD)));
			document.add(new Paragraph(" "));
			Paragraph codeLine = new Paragraph(ActivationCodes.format(secrets.decrypt(letter.code())), code);
			codeLine.setAlignment(Element.ALIGN_CENTER);
			document.add(codeLine);
			document.add(new Paragraph(" "));
			document.add(new Paragraph("De code werkt één keer en is geldig tot en met "
					+ DutchDate.format(letter.expiresAt().atZoneSameInstant(AMSTERDAM).toLocalDate())
					+ ". Met een woning kunnen twee mensen een account hebben; vraag voor de tweede een nieuwe code aan bij de projectleider.", normal));
			document.add(new Paragraph(" "));
			document.add(new Paragraph("English: use this code to create your account at the address above. It works once.", small));
			document.newPage();
		}
		document.close();
		audit.record(user.id(), user.organisationId(), "ACTIVATION_LETTERS_PRINTED", "project", projectId, "count=" + letters.size());
		return out.toByteArray();
	}
}
