/**
 * Token buckets: how much a client (a learner, an address) may still do, refilled at a
 * steady rate, for every feature that shares something fairly (the engine's time, the
 * database's writes). It uses the JDK and the servlet API only, so that the autograd
 * module's web layer may use it too.
 */
@ApplicationModule(displayName = "Rate limits", allowedDependencies = {})
@NullMarked
package io.aieducademy.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
