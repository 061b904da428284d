/**
 * What a module implements to let its items be supported and commented on: which kind of
 * item it owns and whether one is there for the public.
 */
@NamedInterface("spi")
package se.medskapa.participation.spi;

import org.springframework.modulith.NamedInterface;
