/**
 * Small building blocks every module may use: rate limits, tokens, web helpers. Open
 * module.
 */
@ApplicationModule(type = Type.OPEN)
package se.medskapa.shared;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
