/**
 * Zorgsignalen: concerns a worker notices behind the front door, routed to the corporation's social
 * team and, with a lawful basis, to an institution. Privacy by design: reporters see only a status,
 * every read and change is logged, content is purged after the retention period, statistics hide
 * small numbers. Never call this signalering in the UI. Uses organisation and project.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organisation", "project" })
package nl.ketenimpact.signal;
