/**
 * Medskapa: an open-source co-creation and innovation platform for Swedish
 * municipalities. Each direct sub-package is an application module (Spring Modulith);
 * {@code shared} is open to all.
 */
package se.medskapa;
