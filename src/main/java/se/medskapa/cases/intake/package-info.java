/**
 * The intake as another module may use it: a case submitted on behalf of that module (a
 * solution to a challenge), shown in a suggested unit's queue while it waits in the coach
 * queue and labelled with its origin; the public version of such cases once a coach has
 * published them; and a public message telling their submitters an outcome. Everything
 * else of a case stays the cases module's: reference, tracking link, receipt mail,
 * deadlines and answers are those of every case. Depended on as
 * {@code "cases :: intake"}; it depends on nothing of the module using it.
 */
@NamedInterface("intake")
package se.medskapa.cases.intake;

import org.springframework.modulith.NamedInterface;
