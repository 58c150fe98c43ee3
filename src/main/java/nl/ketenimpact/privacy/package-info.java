/**
 * The people in the records and their AVG rights (DOMAIN_RULES §9). So far: the processing register of art. 30
 * ({@link nl.ketenimpact.privacy.ProcessingRegister}: every column of the schema is in it, as personal data of a
 * processing with its purpose, lawful basis, retention and readers, or as not personal; a test keeps it from
 * drifting), shown to the corporation's privacy officer (the coordinator) and the admin; and "Mijn gegevens"
 * ({@link nl.ketenimpact.privacy.MyData}): what every module holds on the signed-in person, through the organisation
 * kernel's {@code PersonalData} SPI, on a page and as JSON and PDF; requests to correct or erase
 * ({@link nl.ketenimpact.privacy.PrivacyRequests}; an erasure runs every module's {@code PersonalData.erase}); and the
 * nightly retention ({@link nl.ketenimpact.privacy.RetentionJob}, every module's {@code Retention} and the audit log).
 * Uses shared and organisation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation" })
package nl.ketenimpact.privacy;
