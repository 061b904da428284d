/**
 * Municipalities (tenants) and their organisation: departments (förvaltningar), units
 * (enheter) and categories. Every other module refers to a municipality by its id; this
 * module depends on nothing but {@code shared}.
 */
@ApplicationModule(allowedDependencies = "shared")
package se.medskapa.municipalities;

import org.springframework.modulith.ApplicationModule;
