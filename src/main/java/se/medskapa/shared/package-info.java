/**
 * Small building blocks every module may use: rate limits, tokens, web helpers. Open
 * module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.medskapa.shared;
