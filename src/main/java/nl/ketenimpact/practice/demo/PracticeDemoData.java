package nl.ketenimpact.practice.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.ketenimpact.organisation.CurrentUser;
import nl.ketenimpact.organisation.UserManagement;
import nl.ketenimpact.plan.Theme;
import nl.ketenimpact.practice.internal.PracticeInput;
import nl.ketenimpact.practice.internal.PracticeManagement;
import nl.ketenimpact.practice.internal.PracticePublishing;
import nl.ketenimpact.practice.internal.ResultKind;
import nl.ketenimpact.practice.internal.Visibility;
import nl.ketenimpact.project.ProjectManagement;
import nl.ketenimpact.project.ProjectView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five practices of the seed article, published by the demo corporation from its completed project,
 * each with the results its records give. Demo profile only, once.
 */
@Component
@Profile("demo")
@Order(50)
class PracticeDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PracticeDemoData.class);

	private final JdbcClient jdbc;

	private final UserManagement users;

	private final ProjectManagement projects;

	private final PracticeManagement practices;

	private final PracticePublishing publishing;

	PracticeDemoData(JdbcClient jdbc, UserManagement users, ProjectManagement projects, PracticeManagement practices, PracticePublishing publishing) {
		this.jdbc = jdbc;
		this.users = users;
		this.projects = projects;
		this.practices = practices;
		this.publishing = publishing;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("select exists (select 1 from practice)").query(Boolean.class).single()) {
			return;
		}
		CurrentUser coordinator = users.activeByUsername("coordinator@demo.nl").orElse(null);
		if (coordinator == null) {
			return;
		}
		ProjectView done = projects.visibleProjects(coordinator, 0, 10).items().stream()
			.filter(p -> p.name().equals("Renovatie Kanaleneiland-Zuid")).findFirst().orElse(null);
		if (done == null) {
			return;
		}
		UUID project = done.id();
		publish(coordinator, project, "Zelfwerkzaamheid: huurders klussen mee in hun eigen woning", EnumSet.of(Theme.TENANT_ACTIVATION),
				"Huurders schilderen en bestraten zelf, met een veiligheidsinstructie vooraf en een inspectie achteraf, en verdienen een vrijwilligersvergoeding.",
				"1. Klussen zonder risico kiezen (niet op hoogte, geen elektra).\n2. Veiligheidsinstructie door de projectleider.\n3. Huurder meldt klaar.\n4. Vakman inspecteert.\n5. Huurdersvereniging betaalt de vergoeding.",
				"Bouwbedrijf Van Dam", 120, 6000, EnumSet.of(ResultKind.SELF_WORK_RESIDENTS, ResultKind.SELF_WORK_PAID_EUR));
		publish(coordinator, project, "Werkervaringsplaatsen voor huurders", EnumSet.of(Theme.WORK_EXPERIENCE),
				"Huurders met een uitkering werken een half jaar mee op de bouwplaats, met een vaste begeleider en behoud van uitkering.",
				"1. Kandidaten via het welzijnswerk.\n2. Kennismaking op de bouwplaats.\n3. Vaste begeleider per kandidaat.\n4. Uren per week bijhouden.\n5. Afronden met een getuigschrift.",
				"Bouwbedrijf Van Dam, Welzijn Wijkkracht", 400, 15000, EnumSet.of(ResultKind.WORK_EXPERIENCE_SUCCESSFUL));
		publish(coordinator, project, "Stages met baangarantie en bouwplaatsexcursies voor kinderen", EnumSet.of(Theme.INTERNSHIP, Theme.YOUTH_OUTREACH),
				"BBL-stagiairs van het ROC met een baan bij goed afronden, en schoolklassen uit de wijk die een ochtend meekijken op de bouwplaats.",
				"1. Afspraak met het ROC over de baangarantie.\n2. Stagiairs met een vaste werkbegeleider.\n3. Excursies met toestemming van ouders.\n4. Contract bij goed afronden.",
				"Bouwbedrijf Van Dam, ROC Stichtse Vakschool", 600, 20000,
				EnumSet.of(ResultKind.INTERNS_HIRED, ResultKind.JOB_GUARANTEE_RATE, ResultKind.CHILDREN_REACHED));
		publish(coordinator, project, "Leefbaarheid: samen met bewoners de buurt opknappen", EnumSet.of(Theme.LIVEABILITY),
				"Opknapdagen waarop bewoners, de aannemer en de corporatie samen de binnentuin en speelplek opknappen, afgesloten met een maaltijd.",
				"1. Bewoners kiezen de plek.\n2. Aannemer levert materiaal en mensen.\n3. Opknapdag met maaltijd.\n4. Onderhoudsafspraken met de buurt.",
				"Bouwbedrijf Van Dam", 60, 3500, EnumSet.of(ResultKind.ACTIVITY_PARTICIPANTS));
		publish(coordinator, project, "Zorgsignalen tijdens de werkzaamheden", EnumSet.of(Theme.SIGNALLING),
				"Vakmensen melden wat hen achter de voordeur opvalt; de wijkconsulent pakt het binnen drie werkdagen op en verwijst alleen door met toestemming.",
				"1. Korte training voor vakmensen: feiten, geen diagnoses.\n2. Melden met de telefoon.\n3. Wijkconsulent pakt op.\n4. Doorverwijzen met toestemming.\n5. Melder hoort alleen de status.",
				"Bouwbedrijf Van Dam, Welzijn Wijkkracht", 40, 1500, EnumSet.of(ResultKind.SIGNALS_RAISED, ResultKind.SIGNALS_IN_TIME));
		log.info("Demo practices published");
	}

	private void publish(CurrentUser coordinator, UUID project, String title, Set<Theme> themes, String summary, String steps, String partners, int hours,
			int budget, Set<ResultKind> wanted) {
		Set<ResultKind> available = publishing.available(coordinator, project).keySet();
		Set<ResultKind> results = EnumSet.noneOf(ResultKind.class);
		wanted.stream().filter(available::contains).forEach(results::add);
		publishing.publish(coordinator, new PracticeInput(project, title, themes, summary, steps, partners, BigDecimal.valueOf(hours),
				BigDecimal.valueOf(budget), "Carla de Wit, MVO-coördinator Woonstichting De Keten", Visibility.PLATFORM, results));
	}
}
