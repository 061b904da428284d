/**
 * What the participation module announces: for the owner of an item to keep its own count
 * of supports (given and withdrawn), and to act on an e-petition that qualified.
 */
@NamedInterface("events")
package se.medskapa.participation.events;

import org.springframework.modulith.NamedInterface;
