/**
 * What the participation module announces: for the owner of an item to keep its own count
 * of supports.
 */
@NamedInterface("events")
package se.medskapa.participation.events;

import org.springframework.modulith.NamedInterface;
