/**
 * Shared kernel: the audit log every module writes to, the failures that map onto HTTP statuses,
 * paging, field messages and the clock. Kept deliberately tiny; it uses no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.ketenimpact.shared;
